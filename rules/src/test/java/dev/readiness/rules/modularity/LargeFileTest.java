package dev.readiness.rules.modularity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Finding;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LargeFileTest {

    @TempDir
    Path work;

    @Test
    void reportsProductionFilesAboveOneThousandLinesOfCode() {
        List<Finding> findings = RuleSampleVerifier.forRule(new LargeFile(), work).verify("large-file");

        assertThat(findings).extracting(Finding::message).containsExactlyInAnyOrder(
                "File has 1,001 lines of code, over the 1,000-line tier: split it into smaller files around "
                        + "cohesive responsibilities.",
                "File has 1,001 lines of code, over the 1,000-line tier: split it into smaller files around "
                        + "cohesive responsibilities.");
    }

    @Test
    void tierIsTheHighestOneExceeded() {
        assertThat(List.of(1_000, 1_001, 5_000, 5_001, 10_000, 10_001).stream().map(LargeFile::tier))
                .containsExactly(0, 1_000, 1_000, 5_000, 5_000, 10_000);
    }
}

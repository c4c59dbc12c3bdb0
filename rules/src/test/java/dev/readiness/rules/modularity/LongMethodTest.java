package dev.readiness.rules.modularity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Finding;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LongMethodTest {

    @TempDir
    Path work;

    @Test
    void reportsBodiesAboveSeventyLinesOfCode() {
        List<Finding> findings = RuleSampleVerifier.forRule(new LongMethod(), work).verify("long-method");

        assertThat(findings).extracting(Finding::message).containsExactly(
                "Method 'build' has 71 lines of code (threshold 70): extract cohesive steps into well-named methods "
                        + "so each part can be read, tested and changed on its own.",
                "Constructor 'ReportBuilder' has 71 lines of code (threshold 70): extract cohesive steps into "
                        + "well-named methods so each part can be read, tested and changed on its own.",
                "Method 'task' has 76 lines of code (threshold 70): extract cohesive steps into well-named methods "
                        + "so each part can be read, tested and changed on its own.");
    }
}

package dev.readiness.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.evidence.ExplicitReports;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A request at a past commit keeps what applies to any state and drops what belongs to the work tree. */
class ScanRequestTest {

    @Test
    void atACommitTheHistoryStartsThereAndTheWorkTreesReportsAndClassesAreLeftOut() {
        ScanRequest workTree = new ScanRequest(Path.of("repo"), 2)
                .withReports(new ExplicitReports(List.of(Path.of("mutations.xml")), List.of(Path.of("jacoco.xml"))))
                .withClassDirectories(List.of(Path.of("target/classes")));

        ScanRequest past = workTree.atCommit("0123456789abcdef0123456789abcdef01234567");

        assertThat(past.revision()).isEqualTo("0123456789abcdef0123456789abcdef01234567");
        assertThat(past.history().ref()).isEqualTo(past.revision());
        assertThat(past.history().recentWindow()).isEqualTo(workTree.history().recentWindow());
        assertThat(past.reports()).isEqualTo(ExplicitReports.NONE);
        assertThat(past.classDirectories()).isEmpty();
        assertThat(past.threads()).isEqualTo(2);
        assertThat(workTree.revision()).isNull();
    }
}

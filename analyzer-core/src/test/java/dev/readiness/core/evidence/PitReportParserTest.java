package dev.readiness.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PitReportParserTest {

    @TempDir
    Path work;

    @Test
    void readsEveryMutationWithItsFields() throws Exception {
        List<Mutation> mutations = PitReportParser.parse(Reports.copy("mutations.xml", work.resolve("mutations.xml")));

        assertThat(mutations).hasSize(6);
        assertThat(mutations.get(1)).isEqualTo(new Mutation("PriceCalculator.java", "com.example.shop.PriceCalculator",
                "discount", 18, "org.pitest.mutationtest.engine.gregor.mutators.ConditionalsBoundaryMutator",
                MutationStatus.SURVIVED, false));
        assertThat(mutations).extracting(Mutation::status).containsExactly(MutationStatus.KILLED,
                MutationStatus.SURVIVED, MutationStatus.NO_COVERAGE, MutationStatus.TIMED_OUT,
                MutationStatus.NON_VIABLE, MutationStatus.KILLED);
        assertThat(mutations).extracting(Mutation::detected).containsExactly(true, false, false, true, false, true);
        assertThat(mutations.get(2).packageName()).isEqualTo("com.example.shop");
    }

    @Test
    void withoutTheDetectedAttributeTheStatusDecides() throws Exception {
        Path file = Reports.write(work.resolve("m.xml"), "<mutations><mutation status='MEMORY_ERROR'>"
                + "<sourceFile>A.java</sourceFile><mutatedClass>A</mutatedClass><lineNumber>3</lineNumber>"
                + "</mutation><mutation status='RUN_ERROR'><sourceFile>A.java</sourceFile>"
                + "<mutatedClass>A</mutatedClass><lineNumber>4</lineNumber></mutation></mutations>");

        assertThat(PitReportParser.parse(file)).extracting(Mutation::detected).containsExactly(true, true);
    }

    @Test
    void unknownStatusIsAnError() {
        Path file = Reports.write(work.resolve("m.xml"), "<mutations><mutation status='EXPLODED'>"
                + "<sourceFile>A.java</sourceFile><mutatedClass>A</mutatedClass><lineNumber>3</lineNumber>"
                + "</mutation></mutations>");

        assertThatThrownBy(() -> PitReportParser.parse(file)).isInstanceOf(EvidenceReportException.class)
                .hasMessageContaining("EXPLODED");
    }

    @Test
    void truncatedFileIsAnError() {
        Path file = Reports.write(work.resolve("m.xml"), "<mutations><mutation status='KILLED'><sourceFile>A.java");

        assertThatThrownBy(() -> PitReportParser.parse(file)).isInstanceOf(EvidenceReportException.class)
                .hasMessageStartingWith("malformed report");
    }

    @Test
    void otherXmlIsNotTakenForAPitReport() {
        Path file = Reports.write(work.resolve("m.xml"), "<report name='x'/>");

        assertThatThrownBy(() -> PitReportParser.parse(file)).isInstanceOf(EvidenceReportException.class)
                .hasMessageContaining("<mutations>");
    }
}

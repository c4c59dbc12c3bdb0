package dev.readiness.rules.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Finding;
import dev.readiness.core.testing.SampleRepository;
import dev.readiness.rules.testing.RuleSampleVerifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history rules on samples/history-near-misses materialised as a real Git repository: the knowledge island,
 * the defect hotspot and the coupling of one interface's implementations are reported, and the near misses
 * rewritten from public projects' histories (files active people still work on, trivial files, sweeps, fixes of
 * form, features closing an issue, implementations sharing an interface, or two files rendering the record that changes with them, as hidden coupling)
 * stay quiet.
 */
class HistorySampleTest {

    @TempDir
    Path work;

    @Test
    void onlyTheMarkedIslandDefectHotspotAndCouplingAreReported() {
        RuleSampleVerifier verifier = RuleSampleVerifier.forRules(List.of(KnowledgeIsland.class, DefectHotspot.class,
                ChangeCoupling.class, HiddenCoupling.class), work);
        Path repository = SampleRepository.materialize(verifier.copy("history-near-misses"), work.resolve("clinic"));

        assertThat(verifier.verifyDirectory(repository)).extracting(Finding::ruleId)
                .containsExactlyInAnyOrder("history/knowledge-island", "history/defect-hotspot",
                        "history/change-coupling", "history/change-coupling", "history/change-coupling",
                        "history/change-coupling", "history/change-coupling", "history/change-coupling",
                        "history/change-coupling", "history/change-coupling");
    }
}

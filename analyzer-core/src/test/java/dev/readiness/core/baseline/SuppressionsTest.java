package dev.readiness.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.analysis.ToolNotification;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Suppression;
import dev.readiness.core.source.SuppressionMarker;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuppressionsTest {

    private static final String JAVA = "src/main/java/shop/Order.java";
    private static final String README = "README.md";
    private static final Set<String> RULES = Set.of("modularity/long-method", "context/no-ci");

    @Test
    void aMarkerCoversFindingsOfItsRuleOnItsLinesOnly() {
        Suppressions suppressions = new Suppressions(Map.of(JAVA, List.of(new SuppressionMarker(
                "modularity/long-method", "generated table", 10, 40, 9, false))), path -> Optional.empty(), RULES);

        List<Finding> findings = suppressions.apply(List.of(finding("modularity/long-method", JAVA, 12),
                finding("modularity/long-method", JAVA, 41), finding("context/no-ci", JAVA, 12))).findings();

        assertThat(findings).extracting(Finding::suppression).containsExactly(
                new Suppression("generated table", JAVA, 9), null, null);
    }

    @Test
    void aCommentInAnotherFileSuppressesAndAsksForAReasonWhenItGivesNone() {
        Suppressions suppressions = new Suppressions(Map.of(), path -> path.equals(README)
                ? Optional.of("# Shop\n<!-- readiness:ignore context/no-ci -->\nNo CI here.\n") : Optional.empty(), RULES);

        Suppressions.Applied applied = suppressions.apply(List.of(finding("context/no-ci", README, 3)));

        assertThat(applied.findings()).singleElement().extracting(Finding::isSuppressed).isEqualTo(true);
        assertThat(applied.notifications()).extracting(ToolNotification::id, ToolNotification::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("suppression-without-reason", 2));
    }

    @Test
    void aMarkerNamingNoKnownRuleIsReportedEvenWithoutFindings() {
        Suppressions suppressions = new Suppressions(Map.of(JAVA, List.of(new SuppressionMarker(
                "modularity/long-metod", "typo", 1, 5, 1, true))), path -> Optional.empty(), RULES);

        Suppressions.Applied applied = suppressions.apply(List.of());

        assertThat(applied.notifications()).singleElement().satisfies(notification -> {
            assertThat(notification.id()).isEqualTo("suppression-unknown-rule");
            assertThat(notification.level()).isEqualTo(Level.WARNING);
            assertThat(notification.message()).contains("modularity/long-metod");
        });
    }

    private static Finding finding(String ruleId, String path, int line) {
        return new Finding(ruleId, Level.WARNING, "reported", Location.ofLine(path, line), List.of());
    }
}

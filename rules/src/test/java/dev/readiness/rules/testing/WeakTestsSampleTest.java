package dev.readiness.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;
import dev.readiness.core.engine.Analyzer;
import dev.readiness.core.engine.ProgressListener;
import dev.readiness.core.engine.Scan;
import dev.readiness.core.engine.ScanRequest;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.JavaFileRule;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.rule.RuleRegistry;
import dev.readiness.core.testing.ExpectMarkers;
import dev.readiness.core.testing.SampleRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sample-repos/weak-tests materialised as a real Git repository and scanned by the real {@link Analyzer} with the
 * test-smell rules: every marker of these rules is reported on its line and nothing else. Markers of the other
 * testing rules in the sample are not checked here.
 */
class WeakTestsSampleTest {

    static final RuleRegistry RULES = RuleRegistry.of(TautologicalAssertion.class, DisabledTestWithoutReason.class,
            SleepyTest.class, ConditionalTestLogic.class, ExceptionSwallowingTest.class, AssertionRoulette.class)
            .asDeclared();
    private static final Set<String> IDS = RULES.metadata().stream().map(RuleMetadata::id).collect(Collectors.toSet());

    @TempDir
    static Path temp;

    static Path repository;

    @BeforeAll
    static void materialise() {
        repository = SampleRepository.materialize("weak-tests", temp.resolve("weak-tests"));
    }

    @Test
    void theRealPipelineGivesExactlyTheMarkedTestSmells() throws Exception {
        List<Finding> findings = scan(repository);

        ExpectMarkers.assertMatch("weak-tests test smells", ExpectMarkers.markers(repository, IDS::contains), findings);
        assertThat(findings).hasSize(10);
    }

    @Test
    void everySmellRuleHasAFindingAndNoneIsInProductionCode() throws Exception {
        List<Finding> findings = scan(repository);

        Map<String, Long> byRule = findings.stream()
                .collect(Collectors.groupingBy(Finding::ruleId, Collectors.counting()));
        assertThat(byRule).containsOnlyKeys(IDS);
        assertThat(findings).allSatisfy(finding -> assertThat(finding.location().path()).startsWith("src/test/java/"));
    }

    private static List<Finding> scan(Path directory) throws Exception {
        Analyzer analyzer = new Analyzer(RULES, ProgressListener.NONE);
        try (Scan scan = analyzer.analyze(new ScanRequest(directory, 1))) {
            return scan.result().findings();
        }
    }
}

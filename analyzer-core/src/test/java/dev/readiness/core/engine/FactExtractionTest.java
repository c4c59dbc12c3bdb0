package dev.readiness.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.RuleRegistry;
import dev.readiness.core.testing.TestRepos;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facts a repository rule's extractor takes from the trees reach the rule, for its scope only, also from the cache. */
class FactExtractionTest {

    private static final Map<String, String> FILES = Map.of(
            "src/main/java/shop/Order.java", "package shop;\n\nclass Order {\n    void pay() { }\n    void ship() { }\n}\n",
            "src/main/java/shop/Empty.java", "package shop;\n\nclass Empty { }\n",
            "src/test/java/shop/OrderTest.java", "package shop;\n\nclass OrderTest {\n    void pays() { }\n}\n");

    @TempDir
    Path repository;

    @TempDir
    Path cache;

    @Test
    void theRuleReadsWhatItsExtractorTookFromFilesOfItsScope() throws Exception {
        TestRepos.writeFiles(repository, FILES);

        assertThat(scan(null).result().findings()).extracting(Finding::message).containsExactly("methods pay, ship");
    }

    @Test
    void factsReadBackFromTheCacheAreTheSameRecords() throws Exception {
        try (Git git = TestRepos.init(repository)) {
            TestRepos.commitFiles(git, FILES, "Initial import");
        }

        Scan first = scan(cache);
        Scan second = scan(cache);

        assertThat(first.cacheHits()).isZero();
        assertThat(second.cacheHits()).isEqualTo(3);
        assertThat(second.result().findings()).extracting(Finding::message).containsExactly("methods pay, ship");
        assertThat(second.models().sourceFacts().of("src/main/java/shop/Order.java").orElseThrow()
                .extracted(MethodCountRule.Methods.class)).contains(new MethodCountRule.Methods(List.of("pay", "ship")));
    }

    @Test
    void withoutTheRuleNoFactsAreTakenAndCachedFactsOfAnotherRuleAreDropped() throws Exception {
        try (Git git = TestRepos.init(repository)) {
            TestRepos.commitFiles(git, FILES, "Initial import");
        }
        scan(cache);

        try (Scan scan = new Analyzer(new RuleRegistry(List.of()), ProgressListener.NONE)
                .analyze(new ScanRequest(repository, 1, cache))) {
            assertThat(scan.models().sourceFacts().all()).allSatisfy(facts -> assertThat(facts.extracted()).isEmpty());
        }
    }

    private Scan scan(Path cacheDirectory) throws Exception {
        try (Scan scan = new Analyzer(RuleRegistry.of(MethodCountRule.class), ProgressListener.NONE)
                .analyze(new ScanRequest(repository, 1, cacheDirectory))) {
            return scan;
        }
    }
}

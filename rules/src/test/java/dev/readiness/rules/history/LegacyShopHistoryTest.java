package dev.readiness.rules.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.engine.Analyzer;
import dev.readiness.core.engine.ProgressListener;
import dev.readiness.core.engine.Scan;
import dev.readiness.core.engine.ScanRequest;
import dev.readiness.core.history.History;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.Rule;
import dev.readiness.core.rule.RuleRegistry;
import dev.readiness.core.testing.ExpectMarkers;
import dev.readiness.core.testing.SampleRepository;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history rules on sample-repos/legacy-shop materialised as a real Git repository and scanned by the
 * real {@link Analyzer}: every expected finding is reported on its line and nothing else.
 */
class LegacyShopHistoryTest {

    static final List<RepositoryRule> RULES = List.of(new Hotspot(), new ChangeCoupling(), new HiddenCoupling(),
            new KnowledgeIsland(), new LowTruckFactor(), new DefectHotspot(), new ShallowHistory());
    private static final Set<String> IDS = RULES.stream().map(rule -> rule.metadata().id()).collect(Collectors.toSet());

    @TempDir
    static Path temp;

    static Path repository;
    static History specHistory;

    @BeforeAll
    static void materialise() throws IOException {
        repository = SampleRepository.materialize("legacy-shop", temp.resolve("legacy-shop"));
        specHistory = InjectedHistory.fromSpec(SampleRepository.history(SampleRepository.sampleDir("legacy-shop")));
    }

    @Test
    void theSampleHistoryGivesExactlyTheExpectedFindings() throws IOException {
        List<Finding> findings = scan(repository, rule -> new InjectedHistory(rule, specHistory));

        ExpectMarkers.assertMatch("legacy-shop history (spec-built History)", expected(repository), findings);
        assertThat(findings).hasSize(6);
    }

    @Test
    @Disabled("needs the HistoryReader wiring; enable when it lands")
    void theRealPipelineGivesExactlyTheExpectedFindings() throws IOException {
        List<Finding> findings = scan(repository, Function.identity());

        ExpectMarkers.assertMatch("legacy-shop history (real pipeline)", expected(repository), findings);
        assertThat(findings).hasSize(6);
    }

    @Test
    void messagesCarryTheNumbersAndNames() {
        Map<String, Finding> byRule = scan(repository, rule -> new InjectedHistory(rule, specHistory)).stream()
                .collect(Collectors.toMap(Finding::ruleId, finding -> finding));

        assertThat(byRule.get(Hotspot.ID).message()).startsWith("Hotspot #1 of 6 changed production files: 9 changes "
                + "in the last 365 days × complexity");
        assertThat(byRule.get(ChangeCoupling.ID).message()).startsWith("Changes together with OrderService.java: "
                + "6 shared commits, coupling degree 80% (6 and 9 revisions in the last 365 days)");
        assertThat(byRule.get(ChangeCoupling.ID).relatedLocations()).containsExactly(Location.ofLine(
                "src/main/java/com/example/shop/service/OrderService.java", 1)
                .withMessage("changes together with OrderRepository.java"));
        assertThat(byRule.get(HiddenCoupling.ID).message()).startsWith("Changes together with "
                + "src/main/java/com/example/shop/service/PricingService.java (5 shared commits, coupling degree 91%");
        assertThat(byRule.get(HiddenCoupling.ID).relatedLocations()).extracting(Location::path)
                .containsExactly("src/main/java/com/example/shop/service/PricingService.java");
        assertThat(byRule.get(KnowledgeIsland.ID).message()).startsWith("Only Alice Example knows this file "
                + "(degree of authorship), and has made no commit for 53 months; it changed 1 time(s)");
        assertThat(byRule.get(LowTruckFactor.ID).message()).startsWith("Truck factor 2: if Alice Example (author of "
                + "8 files), Bob Builder (author of 8 files) left, fewer than half of the 12 production files");
        assertThat(byRule.get(DefectHotspot.ID).message()).startsWith("Defect hotspot #1: 3 of its 4 changes in the "
                + "last 365 days were fixes (75%).");
    }

    @Test
    void aShallowCloneIsReportedOnTheRootBuildFileAndOwnershipIsNotComputed(@TempDir Path dir) throws Exception {
        Path shallow = SampleRepository.materialize("legacy-shop", dir.resolve("shallow"));
        try (Git git = Git.open(shallow.toFile())) {
            String head = git.getRepository().resolve("HEAD~3").name();
            Files.writeString(shallow.resolve(".git/shallow"), head + "\n");
        }

        List<Finding> findings = scan(shallow, rule -> new InjectedHistory(rule, specHistory));

        assertThat(findings).filteredOn(finding -> finding.ruleId().equals(ShallowHistory.ID)).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.location()).isEqualTo(Location.ofLine("pom.xml", 1));
                    assertThat(finding.message()).contains("fetch-depth: 0");
                });
        assertThat(findings).extracting(Finding::ruleId).doesNotContain(KnowledgeIsland.ID, LowTruckFactor.ID);
        assertThat(scan(shallow, Function.identity())).extracting(Finding::ruleId).containsExactly(ShallowHistory.ID);
    }

    @Test
    void aPlainDirectoryHasNoHistoryFindings(@TempDir Path dir) throws IOException {
        Path plain = dir.resolve("plain");
        copyWithoutGit(repository, plain);

        assertThat(scan(repository, rule -> new InjectedHistory(rule, specHistory))).as("the same files in Git")
                .isNotEmpty();
        assertThat(scan(plain, rule -> new InjectedHistory(rule, specHistory))).isEmpty();
    }

    /** Inline history markers in the sample plus the expectations kept in test resources. */
    static Map<String, Integer> expected(Path root) throws IOException {
        Map<String, Integer> expected = new TreeMap<>(ExpectMarkers.markers(root, IDS::contains));
        try (InputStream in = LegacyShopHistoryTest.class.getResourceAsStream("/history/legacy-shop-expected.txt")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> expected.merge(line, 1, Integer::sum));
        }
        return expected;
    }

    static List<Finding> scan(Path directory, Function<RepositoryRule, RepositoryRule> wrap) {
        List<Rule> rules = RULES.stream().map(wrap).map(Rule.class::cast).toList();
        try (Scan scan = new Analyzer(new RuleRegistry(rules), ProgressListener.NONE)
                .analyze(new ScanRequest(directory, 1))) {
            assertThat(scan.result().notifications()).noneMatch(n -> n.id().equals("rule-error"));
            return scan.result().findings();
        } catch (Exception e) {
            throw new AssertionError("scan of " + directory + " failed: " + e, e);
        }
    }

    private static void copyWithoutGit(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.filter(path -> !source.relativize(path).startsWith(".git")).sorted().toList()) {
                Path destination = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(path, destination);
                }
            }
        }
    }
}

package dev.readiness.rules.history;

import static org.assertj.core.api.Assertions.assertThat;
import dev.readiness.core.engine.Analyzer;
import dev.readiness.core.engine.ProgressListener;
import dev.readiness.core.engine.Scan;
import dev.readiness.core.engine.ScanRequest;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.rule.RuleRegistry;
import dev.readiness.core.testing.ExpectMarkers;
import dev.readiness.core.testing.SampleRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history rules on sample-repos/legacy-shop materialised as a real Git repository and scanned by the
 * real {@link Analyzer}: every expected finding is reported on its line and nothing else.
 */
class LegacyShopHistoryTest {

    static final RuleRegistry RULES = RuleRegistry.of(Hotspot.class, ChangeCoupling.class, HiddenCoupling.class,
            KnowledgeIsland.class, LowTruckFactor.class, DefectHotspot.class, ShallowHistory.class).asDeclared();
    private static final Set<String> IDS = RULES.metadata().stream().map(RuleMetadata::id).collect(Collectors.toSet());

    @TempDir
    static Path temp;

    static Path repository;

    @BeforeAll
    static void materialise() throws IOException {
        repository = SampleRepository.materialize("legacy-shop", temp.resolve("legacy-shop"));
    }

    @Test
    void theRealPipelineGivesExactlyTheMarkedFindings() {
        List<Finding> findings = scan(repository);

        ExpectMarkers.assertMatch("legacy-shop history", ExpectMarkers.markers(repository, IDS::contains), findings);
        assertThat(findings).hasSize(7);
    }

    @Test
    void messagesCarryTheNumbersAndNames() {
        Map<String, Finding> byRule = scan(repository).stream()
                .filter(finding -> !finding.location().path().endsWith("ReportService.java")
                        || !finding.ruleId().equals("history/hotspot"))
                .collect(Collectors.toMap(Finding::ruleId, finding -> finding));

        assertThat(byRule.get("history/hotspot").message()).startsWith("Hotspot #1 of 2: 9 changes in the last 365 "
                + "days, among the 2 most-changed of 6 changed production files, and 89 lines of code; file risk 17 % "
                + "(the chance of a defect fix within a year, fitted on the history of public projects); code health "
                + "8.6 (yellow; complex-method, bumpy-road).");
        assertThat(byRule.get("history/change-coupling").message()).startsWith("Changes together with OrderService.java: "
                + "6 shared commits, coupling degree 80% (6 and 9 revisions in the last 365 days)");
        assertThat(byRule.get("history/change-coupling").relatedLocations()).containsExactly(Location.ofLine(
                "src/main/java/com/example/shop/service/OrderService.java", 1)
                .withMessage("changes together with OrderRepository.java"));
        assertThat(byRule.get("history/hidden-coupling").message()).startsWith("Changes together with "
                + "src/main/java/com/example/shop/service/PricingService.java (5 shared commits, coupling degree 91%");
        assertThat(byRule.get("history/hidden-coupling").relatedLocations()).extracting(Location::path)
                .containsExactly("src/main/java/com/example/shop/service/PricingService.java");
        assertThat(byRule.get("history/knowledge-island").message()).startsWith("Only Alice Example, Erin Contractor "
                + "know this file (degree of authorship, over all its changes and its latest year of work), and have made "
                + "no commit for 6 months; it changed 1 time(s)");
        assertThat(byRule.get("history/low-truck-factor").message()).startsWith("Truck factor 2: if Alice Example (author of "
                + "8 files), Bob Builder (author of 8 files) left, fewer than half of the 12 production files");
        assertThat(byRule.get("history/defect-hotspot").message()).startsWith("Defect hotspot #1: 3 of its 4 changes in the "
                + "last 365 days were fixes (75%).");
    }

    @Test
    void aShallowCloneIsReportedOnTheReadmeAndOwnershipIsNotComputed(@TempDir Path dir) throws Exception {
        Path origin = SampleRepository.materialize("legacy-shop", dir.resolve("origin"));
        Path shallow = dir.resolve("shallow");
        Git.cloneRepository().setURI(origin.toUri().toString()).setDirectory(shallow.toFile()).setDepth(3).call()
                .close();

        List<Finding> findings = scan(shallow);

        assertThat(findings).filteredOn(finding -> finding.ruleId().equals("history/shallow-history")).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.location()).isEqualTo(Location.ofLine("README.md", 1));
                    assertThat(finding.message()).contains("fetch-depth: 0");
                });
        assertThat(findings).extracting(Finding::ruleId).doesNotContain("history/knowledge-island", "history/low-truck-factor");
    }

    @Test
    void aPlainDirectoryHasNoHistoryFindings(@TempDir Path dir) throws IOException {
        Path plain = dir.resolve("plain");
        copyWithoutGit(repository, plain);

        assertThat(scan(repository)).as("the same files in Git").isNotEmpty();
        assertThat(scan(plain)).isEmpty();
    }

    static List<Finding> scan(Path directory) {
        try (Scan scan = new Analyzer(RULES, ProgressListener.NONE)
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

package dev.readiness.rules.roles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.engine.Analyzer;
import dev.readiness.core.engine.ProgressListener;
import dev.readiness.core.engine.Scan;
import dev.readiness.core.engine.ScanRequest;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.rule.RuleRegistry;
import dev.readiness.core.testing.SampleRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each layout under test resources {@code layouts/} is materialised as a real Git repository and scanned with every
 * rule: every Java file gets the role its {@code expected-roles.txt} names, and no finding lands on a file whose
 * role the finding's rule does not judge (a production-only rule on a test, fixture, generated, vendored or sample
 * file). The test and left-out files hold code production rules would flag, so a misread role shows up as a finding.
 */
class FileRoleLayoutsTest {

    private static final RuleRegistry ALL_RULES = RuleRegistry.fromClasspath(FileRoleLayoutsTest.class.getClassLoader())
            .asDeclared();
    private static final String EXPECTED = "expected-roles.txt";

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"maven-standard", "maven-custom", "maven-inherited", "ant-root-test", "gradle-kotlin",
        "left-out"})
    void everyFileGetsItsRoleAndNoRuleJudgesARoleOutsideItsScope(String layout) throws Exception {
        Path repository = SampleRepository.materialize(layoutDirectory(layout), temp.resolve(layout));
        Map<String, FileKind> expected = expectedRoles(layoutDirectory(layout));

        try (Scan scan = new Analyzer(ALL_RULES, ProgressListener.NONE).analyze(new ScanRequest(repository, 1))) {
            Map<String, FileKind> roles = scan.models().files().stream().filter(RepoFile::isJava)
                    .collect(Collectors.toMap(RepoFile::path, RepoFile::kind, (a, b) -> a, TreeMap::new));
            assertThat(roles).containsExactlyInAnyOrderEntriesOf(expected);

            Map<String, RuleMetadata> rules = ALL_RULES.metadata().stream()
                    .collect(Collectors.toMap(RuleMetadata::id, Function.identity()));
            List<Finding> outOfScope = scan.result().findings().stream()
                    .filter(finding -> roles.containsKey(finding.location().path()))
                    .filter(finding -> !rules.get(finding.ruleId()).scope().contains(roles.get(finding.location().path())))
                    .toList();
            assertThat(outOfScope).as("findings of rules that do not judge the file's role").isEmpty();
            assertThat(scan.result().findings()).as("production-only rules stay off the non-production files")
                    .noneMatch(finding -> roles.getOrDefault(finding.location().path(), FileKind.PRODUCTION)
                            != FileKind.PRODUCTION && finding.ruleId().startsWith("hygiene/console-logging"));
        }
    }

    @org.junit.jupiter.api.Test
    void anAntTestNamedTestFooTestsFoo() throws Exception {
        Path repository = SampleRepository.materialize(layoutDirectory("ant-root-test"), temp.resolve("ant"));

        try (Scan scan = new Analyzer(ALL_RULES, ProgressListener.NONE).analyze(new ScanRequest(repository, 1))) {
            assertThat(scan.models().testModel().isTested("org.acme.parse.Tokenizer")).isTrue();
            assertThat(scan.result().findings()).extracting(Finding::ruleId).doesNotContain("testing/untested-class",
                    "testing/module-without-tests");
        }
    }

    @org.junit.jupiter.api.Test
    void aJunit3TestInAnInheritedTestDirectoryTestsItsClass() throws Exception {
        Path repository = SampleRepository.materialize(layoutDirectory("maven-inherited"), temp.resolve("inherited"));

        try (Scan scan = new Analyzer(ALL_RULES, ProgressListener.NONE).analyze(new ScanRequest(repository, 1))) {
            assertThat(scan.models().testModel().tests()).extracting(test -> test.method().name())
                    .containsExactlyInAnyOrder("createsAnInstance", "testCountsChanges");
            assertThat(scan.models().testModel().isTested("org.acme.persist.UnitOfWork")).isTrue();
        }
    }

    private static Path layoutDirectory(String layout) {
        try {
            return Paths.get(FileRoleLayoutsTest.class.getResource("/layouts/" + layout).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, FileKind> expectedRoles(Path layout) throws IOException {
        Map<String, FileKind> roles = new TreeMap<>();
        for (String line : Files.readAllLines(layout.resolve(EXPECTED))) {
            String[] parts = line.strip().split(" ");
            roles.put(parts[0], FileKind.ofId(parts[1]).orElseThrow());
        }
        return roles;
    }
}

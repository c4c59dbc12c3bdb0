package dev.readiness.cli.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.config.ReadinessConfig;
import dev.readiness.core.engine.Analyzer;
import dev.readiness.core.engine.ProgressListener;
import dev.readiness.core.engine.Scan;
import dev.readiness.core.engine.ScanRequest;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.rule.RuleRegistry;
import dev.readiness.core.rule.RuleType;
import dev.readiness.core.testing.SampleRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A work tree holding exactly HEAD's files is taken as HEAD's scan (so check_change needs no second scan), which
 * holds only when the two scans agree: checked on every sample with every rule, and refused for each way a work tree
 * can differ from its commit.
 */
class WorkTreeAsHeadTest {

    private static final RuleRegistry RULES = RuleRegistry.fromClasspath(WorkTreeAsHeadTest.class.getClassLoader());

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"legacy-shop", "clean-library", "layered-app", "weak-tests"})
    void aCleanWorkTreeIsHeadsScanAndSaysWhatTheCommitsScanSays(String sample) throws Exception {
        Path repository = SampleRepository.materialize(sample, temp.resolve(sample));
        String head = head(repository);

        BaseScan fromWorkTree;
        try (Scan workTree = analyze(request(repository))) {
            assertThat(workTree.sameAsHeadCommit()).contains(head);
            fromWorkTree = BaseScan.of(head, workTree.result());
        }
        BaseScan fromCommit;
        try (Scan commit = analyze(request(repository).atCommit(head))) {
            assertThat(commit.sameAsHeadCommit()).as("a commit's scan is no work tree").isEmpty();
            fromCommit = BaseScan.of(head, commit.result());
        }

        assertThat(fromWorkTree.earlier().categories()).isNotEmpty();
        if (!sample.equals("clean-library")) {
            assertThat(fromWorkTree.earlier().findings()).isNotEmpty();
        }
        assertThat(fromWorkTree).isEqualTo(fromCommit);
    }

    @Test
    void anEditedTrackedFileIsNotHeads() throws Exception {
        Path repository = SampleRepository.materialize("legacy-shop", temp.resolve("shop"));
        Path source = anyJavaFile(repository);
        Files.writeString(source, Files.readString(source) + "\n// edited\n", StandardCharsets.UTF_8);

        assertThat(sameAsHead(repository)).isEmpty();
    }

    @Test
    void anUntrackedFileIsNotHeads() throws Exception {
        Path repository = SampleRepository.materialize("legacy-shop", temp.resolve("shop"));
        Files.writeString(repository.resolve("NOTES.md"), "# Notes\n", StandardCharsets.UTF_8);

        assertThat(sameAsHead(repository)).isEmpty();
    }

    @Test
    void anIgnoredUntrackedFileChangesNothing() throws Exception {
        Path repository = SampleRepository.materialize("legacy-shop", temp.resolve("shop"));
        exclude(repository, "*.log");
        Files.writeString(repository.resolve("debug.log"), "started\n", StandardCharsets.UTF_8);

        assertThat(sameAsHead(repository)).contains(head(repository));
    }

    @Test
    void aDeletedTrackedFileIsNotHeads() throws Exception {
        Path repository = SampleRepository.materialize("legacy-shop", temp.resolve("shop"));
        Files.delete(anyJavaFile(repository));

        assertThat(sameAsHead(repository)).isEmpty();
    }

    @Test
    void aStagedChangeIsNotHeadsThoughTheIndexVouchesForIt() throws Exception {
        Path repository = SampleRepository.materialize("legacy-shop", temp.resolve("shop"));
        Path source = anyJavaFile(repository);
        Files.writeString(source, Files.readString(source) + "\n// staged\n", StandardCharsets.UTF_8);
        try (Git git = Git.open(repository.toFile())) {
            git.add().addFilepattern(repository.relativize(source).toString().replace('\\', '/')).call();
        }

        assertThat(sameAsHead(repository)).isEmpty();
    }

    @Test
    void compiledClassesInTheWorkTreeAreReadOnlyThereSoItIsNotHeads() throws Exception {
        Path repository = SampleRepository.materialize("legacy-shop", temp.resolve("shop"));
        exclude(repository, "target/");
        Files.createDirectories(repository.resolve("target/classes"));

        assertThat(sameAsHead(repository)).isEmpty();
    }

    @Test
    void convertedLineEndingsAreNotTheCommittedBytes() throws Exception {
        Path repository = SampleRepository.materialize("legacy-shop", temp.resolve("shop"));
        try (Git git = Git.open(repository.toFile())) {
            StoredConfig config = git.getRepository().getConfig();
            config.setString("core", null, "autocrlf", "input");
            config.save();
        }

        assertThat(sameAsHead(repository)).isEmpty();
    }

    private static void exclude(Path repository, String pattern) throws Exception {
        Files.createDirectories(repository.resolve(".git/info"));
        Files.writeString(repository.resolve(".git/info/exclude"), pattern + "\n", StandardCharsets.UTF_8);
    }

    private Optional<String> sameAsHead(Path repository) throws Exception {
        try (Scan scan = analyze(request(repository))) {
            return scan.sameAsHeadCommit();
        }
    }

    private static Scan analyze(ScanRequest request) throws Exception {
        return new Analyzer(RULES, ProgressListener.NONE).analyze(request);
    }

    /** Every rule, those below the precision bar too, so that as many findings as possible are compared. */
    private static ScanRequest request(Path repository) {
        ReadinessConfig everyRule = ReadinessConfig.EMPTY.enabling(RULES.all().stream().map(RuleType::metadata)
                .filter(rule -> !rule.scored()).map(RuleMetadata::id).toList());
        return new ScanRequest(repository, 2).withConfig(everyRule);
    }

    private static String head(Path repository) throws Exception {
        try (Git git = Git.open(repository.toFile())) {
            return git.getRepository().resolve("HEAD").name();
        }
    }

    private static Path anyJavaFile(Path repository) throws Exception {
        try (var files = Files.walk(repository)) {
            return files.filter(file -> file.toString().endsWith(".java") && !file.toString().contains(".git"))
                    .sorted().findFirst().orElseThrow();
        }
    }
}

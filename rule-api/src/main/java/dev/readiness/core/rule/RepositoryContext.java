package dev.readiness.core.rule;

import dev.readiness.core.bytecode.BytecodeModel;
import dev.readiness.core.config.ReadinessConfig;
import dev.readiness.core.evidence.TestEvidence;
import dev.readiness.core.repo.BuildModule;
import dev.readiness.core.repo.GitState;
import dev.readiness.core.graph.DependencyGraph;
import dev.readiness.core.history.History;
import dev.readiness.core.modules.ModuleDependencies;
import dev.readiness.core.metrics.CodeHealth;
import dev.readiness.core.metrics.CodeHealthSummary;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.source.SourceFacts;
import dev.readiness.core.source.TypeIndex;
import dev.readiness.core.testmodel.TestModel;
import java.util.List;
import java.util.Optional;

/** What a {@link RepositoryRule} may read: the files, modules, Git state and the models built from sources. */
public interface RepositoryContext {

    /** Files in scope, sorted by path. */
    List<RepoFile> files();

    Optional<RepoFile> file(String path);

    /** True for a production file of the scanned snapshot (deleted and out-of-scope files are not). */
    default boolean isProduction(String path) {
        return file(path).filter(file -> file.kind() == FileKind.PRODUCTION).isPresent();
    }

    /** True for a test file of the scanned snapshot. */
    default boolean isTest(String path) {
        return file(path).filter(file -> file.kind() == FileKind.TEST).isPresent();
    }

    List<BuildModule> modules();

    GitState gitState();

    /** The subdirectory the scan is restricted to ("" for the whole repository). */
    String scope();

    /** The files directly in the scanned directory (not in its subdirectories), sorted by path. */
    default List<RepoFile> rootFiles() {
        String prefix = scope().isEmpty() ? "" : scope() + "/";
        return files().stream().filter(file -> file.path().startsWith(prefix)
                && file.path().indexOf('/', prefix.length()) < 0).toList();
    }

    /** A file's text (UTF-8, falling back to ISO-8859-1), empty when it cannot be read. */
    Optional<String> readText(RepoFile file);

    TypeIndex typeIndex();

    /** Per-file facts of every parsed Java file, by path. */
    SourceFacts sourceFacts();

    /**
     * The type dependency graph, built once per scan: from the compiled production classes when
     * {@link #bytecode()} is present, else from the sources resolved against {@link #typeIndex()}.
     */
    default DependencyGraph dependencyGraph() {
        return DependencyGraph.build(sourceFacts(), typeIndex(),
                path -> file(path).map(RepoFile::moduleDirectory).orElse(""));
    }

    /**
     * The dependencies the build modules declare on each other in their build files; computed once per scan.
     */
    default ModuleDependencies moduleDependencies() {
        return ModuleDependencies.read(modules(), files().stream().map(RepoFile::path).toList(),
                path -> file(path).flatMap(this::readText));
    }

    /** Code health (1 to 10) of every parsed production Java file, and its lines-of-code-weighted mean. */
    default CodeHealthSummary codeHealth() {
        return CodeHealth.summarize(sourceFacts(), this::isProduction);
    }

    /** The test suite: tests, their oracle status, what they exercise, and the testing metrics. */
    TestModel testModel();

    /** The commit history in scope; empty when there is none (plain directory, no commits). */
    Optional<History> history();

    /** Why there is no history with commits to analyse (no Git repository, none in scope); empty when there is. */
    default Optional<String> historyMissingReason() {
        if (history().filter(found -> !found.commits().isEmpty()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(gitState().hasHistory() ? "the history in scope has no commits"
                : gitState().availability().description());
    }

    /**
     * Dynamic test evidence from PIT and JaCoCo reports found in the build output or named by the user;
     * empty when there are none. Reports are only read, never produced.
     */
    default Optional<TestEvidence> testEvidence() {
        return Optional.empty();
    }

    /**
     * The compiled production classes of the repository (target/classes, build/classes/java/main or
     * {@code --classes}), imported with ArchUnit; empty when there are none or they could not be used.
     */
    default Optional<BytecodeModel> bytecode() {
        return Optional.empty();
    }

    /** The readiness.yml settings of this scan ({@link ReadinessConfig#EMPTY} when there are none). */
    default ReadinessConfig config() {
        return ReadinessConfig.EMPTY;
    }
}

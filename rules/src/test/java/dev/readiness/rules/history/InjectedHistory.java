package dev.readiness.rules.history;

import dev.readiness.core.history.Commit;
import dev.readiness.core.history.FileChange;
import dev.readiness.core.history.History;
import dev.readiness.core.repo.BuildModule;
import dev.readiness.core.repo.GitState;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.source.SourceFacts;
import dev.readiness.core.source.TypeIndex;
import dev.readiness.core.testing.HistorySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Runs a history rule inside the real engine with a {@link History} built from a sample's history spec,
 * standing in for the HistoryReader until it is wired into the pipeline. Test-only: it holds state.
 */
final class InjectedHistory implements RepositoryRule {

    private final RepositoryRule rule;
    private final History history;

    InjectedHistory(RepositoryRule rule, History history) {
        this.rule = rule;
        this.history = history;
    }

    /** The spec's commits as the model sees them: newest first, ids from the spec line, lines not counted. */
    static History fromSpec(HistorySpec spec) {
        List<Commit> commits = new ArrayList<>();
        for (HistorySpec.Commit commit : spec.commits()) {
            List<FileChange> changes = commit.changes().stream().map(InjectedHistory::change).toList();
            commits.add(new Commit(String.format("%040d", commit.line()), commit.author().name(),
                    commit.author().email(), commit.date().toInstant(), commit.message(), commits.isEmpty() ? 0 : 1,
                    changes));
        }
        Collections.reverse(commits);
        return new History(commits, Duration.ofDays(365), false, false);
    }

    private static FileChange change(HistorySpec.Change change) {
        return switch (change.type()) {
            case ADD -> new FileChange(change.path(), null, FileChange.Kind.ADD, -1, -1);
            case MODIFY -> new FileChange(change.path(), null, FileChange.Kind.MODIFY, -1, -1);
            case DELETE -> new FileChange(change.path(), null, FileChange.Kind.DELETE, -1, -1);
            case RENAME -> new FileChange(change.newPath(), change.path(), FileChange.Kind.RENAME, -1, -1);
        };
    }

    @Override
    public RuleMetadata metadata() {
        return rule.metadata();
    }

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        rule.check(new WithHistory(context, history), sink);
    }

    /** The engine's context with a history (only where the engine found a Git repository). */
    private record WithHistory(RepositoryContext context, History injected) implements RepositoryContext {
        @Override
        public List<RepoFile> files() {
            return context.files();
        }

        @Override
        public Optional<RepoFile> file(String path) {
            return context.file(path);
        }

        @Override
        public List<BuildModule> modules() {
            return context.modules();
        }

        @Override
        public GitState gitState() {
            return context.gitState();
        }

        @Override
        public String scope() {
            return context.scope();
        }

        @Override
        public Optional<String> readText(RepoFile file) {
            return context.readText(file);
        }

        @Override
        public TypeIndex typeIndex() {
            return context.typeIndex();
        }

        @Override
        public SourceFacts sourceFacts() {
            return context.sourceFacts();
        }

        @Override
        public Optional<History> history() {
            return context.gitState().hasHistory() ? Optional.of(injected) : Optional.empty();
        }
    }
}

package dev.readiness.core.engine;

import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.JavaFileRule;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Need;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleDefinition;
import dev.readiness.core.source.JavaFile;

/** Test rules that report everywhere they can, so a test sees what the engine's scope and needs let through. */
final class ScopedRules {

    private ScopedRules() {
    }

    @RuleDefinition(id = "custom/production-files", summary = "Every production file.",
            description = "Reports every file it is called on; scoped to production code.", level = Level.NOTE,
            precision = Precision.HIGH, scope = FileKind.PRODUCTION)
    static final class ProductionFiles implements JavaFileRule {
        @Override
        public void check(JavaFile file, FindingSink sink) {
            sink.report(Location.ofLine(file.path(), 1), "called on " + file.path());
        }
    }

    @RuleDefinition(id = "custom/every-file", summary = "Every file, whatever the scope.",
            description = "Reports every file of the repository; scoped to production code.", level = Level.NOTE,
            precision = Precision.HIGH, scope = FileKind.PRODUCTION)
    static final class EveryFile implements RepositoryRule {
        @Override
        public void check(RepositoryContext context, FindingSink sink) {
            context.files().forEach(file -> sink.report(Location.ofLine(file.path(), 1), "file " + file.path()));
        }
    }

    @RuleDefinition(id = "custom/first-file", summary = "The first file.",
            description = "Reports the repository on its first file, as repository rules do without a README.",
            level = Level.NOTE, precision = Precision.HIGH, scope = FileKind.DOCS)
    static final class FirstFile implements RepositoryRule {
        @Override
        public void check(RepositoryContext context, FindingSink sink) {
            context.files().stream().findFirst().ifPresent(file -> sink.report(Location.ofLine(file.path(), 1),
                    "repository anchored on " + file.path()));
        }
    }

    @RuleDefinition(id = "custom/needs-history", summary = "Counts commits.",
            description = "Reports the number of commits; needs the history.", level = Level.NOTE,
            precision = Precision.HIGH, scope = FileKind.DOCS, needs = Need.HISTORY)
    static final class NeedsHistory implements RepositoryRule {
        @Override
        public void check(RepositoryContext context, FindingSink sink) {
            sink.report(Location.ofLine("README.md", 1), "commits " + context.history().orElseThrow().commits().size());
        }
    }
}

package dev.readiness.core.rule;

import dev.readiness.core.repo.FileKind;
import dev.readiness.core.source.JavaFile;

/** Rule classes that break the contract of {@link RuleDefinition}, each in one way. */
final class MalformedRules {

    private MalformedRules() {
    }

    @RuleDefinition(id = "custom/neither", summary = "s", description = "d", level = Level.NOTE,
            precision = Precision.HIGH, scope = FileKind.PRODUCTION)
    static final class Neither implements Rule {
    }

    static final class Undefined implements JavaFileRule {
        @Override
        public void check(JavaFile file, FindingSink sink) {
            sink.report(Location.ofLine(file.path(), 1), "never defined");
        }
    }

    @RuleDefinition(id = "NoCategory", summary = "s", description = "d", level = Level.NOTE,
            precision = Precision.HIGH, scope = FileKind.PRODUCTION)
    static final class NoCategory implements JavaFileRule {
        @Override
        public void check(JavaFile file, FindingSink sink) {
            sink.report(Location.ofLine(file.path(), 1), "no category");
        }
    }

    @RuleDefinition(id = "custom/two-constructors", summary = "s", description = "d", level = Level.NOTE,
            precision = Precision.HIGH, scope = FileKind.PRODUCTION)
    static final class TwoConstructors implements JavaFileRule {
        private final int limit;

        TwoConstructors() {
            this(1);
        }

        TwoConstructors(int limit) {
            this.limit = limit;
        }

        @Override
        public void check(JavaFile file, FindingSink sink) {
            sink.report(Location.ofLine(file.path(), limit), "two constructors");
        }
    }

    @RuleDefinition(id = "custom/unannotated-option", summary = "s", description = "d", level = Level.NOTE,
            precision = Precision.HIGH, scope = FileKind.PRODUCTION)
    static final class UnannotatedOption implements JavaFileRule {
        record Options(int limit) {
        }

        private final int limit;

        UnannotatedOption(Options options) {
            this.limit = options.limit();
        }

        @Override
        public void check(JavaFile file, FindingSink sink) {
            sink.report(Location.ofLine(file.path(), limit), "unannotated option");
        }
    }

    @RuleDefinition(id = "custom/per-file-with-needs", summary = "s", description = "d", level = Level.NOTE,
            precision = Precision.HIGH, scope = FileKind.PRODUCTION, needs = Need.HISTORY)
    static final class PerFileWithNeeds implements JavaFileRule {
        @Override
        public void check(JavaFile file, FindingSink sink) {
            sink.report(Location.ofLine(file.path(), 1), "needs history");
        }
    }
}

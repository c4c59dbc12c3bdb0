package dev.readiness.core.engine;

import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.JavaFileRule;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.Region;
import dev.readiness.core.rule.RuleDefinition;
import dev.readiness.core.source.JavaFile;
import java.util.List;

/**
 * A test rule declared at error level whose measured precision (test resources' precision.tsv) is below the bar;
 * it reports every parsed file at error level to prove the engine runs it only when asked, and then as notes.
 */
@RuleDefinition(id = "custom/unproven-echo", summary = "Echoes parsed files loudly.",
        description = "Reports each parsed file at error level; a test fixture below the precision bar.",
        level = Level.ERROR, precision = Precision.HIGH, scope = {FileKind.PRODUCTION, FileKind.TEST})
final class UnprovenEchoRule implements JavaFileRule {

    @Override
    public void check(JavaFile file, FindingSink sink) {
        sink.report(Level.ERROR, Location.of(file.path(), Region.line(1), ""), "loud", List.of());
    }
}

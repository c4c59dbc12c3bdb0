package dev.readiness.core.config;

import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.Region;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleDefinition;

/** A test rule that reports every configured layer at the config file, to prove the config reaches rules. */
@RuleDefinition(id = "custom/layer-echo", summary = "Echoes configured layers.",
        description = "Reports each layer of readiness.yml; a test fixture for config delivery.", level = Level.NOTE,
        precision = Precision.VERY_HIGH, scope = FileKind.PRODUCTION, tags = "custom")
final class LayerEchoRule implements RepositoryRule {

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        ReadinessConfig config = context.config();
        config.architecture().layers().forEach(layer -> sink.report(Location.of(config.source(), Region.line(1), ""),
                "layer " + layer.name() + " " + layer.packages()));
    }
}

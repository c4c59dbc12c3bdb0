package dev.readiness.core.config;

import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.Region;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleMetadata;

/** A test rule that reports every configured layer at the config file, to prove the config reaches rules. */
final class LayerEchoRule implements RepositoryRule {

    private static final RuleMetadata METADATA = RuleMetadata.builder("custom/layer-echo", LayerEchoRule.class)
            .name("LayerEcho")
            .shortDescription("Echoes configured layers.")
            .fullDescription("Reports each layer of readiness.yml; a test fixture for config delivery.")
            .defaultLevel(Level.NOTE)
            .precision(Precision.VERY_HIGH)
            .tags("custom")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        ReadinessConfig config = context.config();
        config.architecture().layers().forEach(layer -> sink.report(Location.of(config.source(), Region.line(1), ""),
                "layer " + layer.name() + " " + layer.packages()));
    }
}

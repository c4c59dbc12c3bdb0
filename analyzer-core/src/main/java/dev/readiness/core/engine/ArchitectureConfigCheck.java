package dev.readiness.core.engine;

import dev.readiness.core.analysis.ToolNotification;
import dev.readiness.core.config.ArchitectureConfig;
import dev.readiness.core.config.Layer;
import dev.readiness.core.config.PackageGlobs;
import dev.readiness.core.config.ReadinessConfig;
import dev.readiness.core.rule.Level;
import dev.readiness.core.source.TypeIndex;
import dev.readiness.core.source.TypeInfo;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Makes a typo in readiness.yml visible: a layer whose package globs match no package of the repository. */
final class ArchitectureConfigCheck {

    private ArchitectureConfigCheck() {
    }

    static void check(ReadinessConfig config, TypeIndex index, List<ToolNotification> notifications) {
        ArchitectureConfig architecture = config.architecture();
        if (architecture.layers().isEmpty()) {
            return;
        }
        Set<String> packages = index.all().stream().map(TypeInfo::packageName)
                .collect(Collectors.toCollection(TreeSet::new));
        String source = config.source().isEmpty() ? "the configuration" : config.source();
        for (Layer layer : architecture.layers()) {
            if (packages.stream().noneMatch(name -> PackageGlobs.matchesAny(layer.packages(), name))) {
                notifications.add(ToolNotification.global("layer-matches-nothing", Level.WARNING, source
                        + ": layer '" + layer.name() + "' (packages " + String.join(", ", layer.packages())
                        + ") matches no package of the repository, so no rule checks it; check its package globs"));
            }
        }
    }
}

package dev.readiness.core.engine;

import dev.readiness.core.analysis.RepositoryOverview;
import dev.readiness.core.analysis.RepositoryOverview.FileChanges;
import dev.readiness.core.analysis.RepositoryOverview.PackageCycle;
import dev.readiness.core.analysis.RepositoryOverview.PackageEdge;
import dev.readiness.core.graph.PackageCycles;
import dev.readiness.core.history.History;
import dev.readiness.core.rule.RepositoryContext;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Collects the {@link RepositoryOverview} from the models the rules already ran on. */
final class OverviewStage {

    private OverviewStage() {
    }

    /** @param cycles the package cycles of the production code's package graph */
    static RepositoryOverview of(RepositoryContext context, List<PackageCycles.Cycle> cycles) {
        Optional<History> history = context.history().filter(found -> !found.commits().isEmpty());
        String windowStart = history.map(found -> found.recentWindowStart().atZone(ZoneOffset.UTC).toLocalDate()
                .toString()).orElse(null);
        List<FileChanges> changes = history.map(found -> found.files().values().stream()
                .filter(file -> context.isProduction(file.path()))
                .map(file -> new FileChanges(file.path(), file.revisions(), file.recentRevisions(),
                        file.revisionsByAuthor().size()))
                .toList()).orElse(List.of());
        return new RepositoryOverview(windowStart, changes, cycles.stream().map(OverviewStage::cycle).toList());
    }

    private static PackageCycle cycle(PackageCycles.Cycle cycle) {
        List<PackageEdge> edges = cycle.edges().stream()
                .map(edge -> new PackageEdge(edge.from(), edge.to(), edge.count(), cycle.edgesToCut().contains(edge)))
                .toList();
        return new PackageCycle(cycle.packages(), edges);
    }
}

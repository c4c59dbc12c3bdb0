package dev.readiness.core.score;

import dev.readiness.core.graph.PackageCycles;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.source.FileFacts;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the architecture score measures on the package graph of production code: the lines of code of
 * production Java files and how many of them lie in packages that are part of a package cycle (a strongly
 * connected component of more than one package). {@link #UNMEASURED} when no graph was available.
 */
public record ArchitectureMeasures(boolean measured, long productionLinesOfCode, long linesInCycles,
                                   int packagesInCycles) {

    public static final ArchitectureMeasures UNMEASURED = new ArchitectureMeasures(false, 0, 0, 0);

    /** @param cycles the package cycles of the production code's package graph */
    public static ArchitectureMeasures of(RepositoryContext context, List<PackageCycles.Cycle> cycles) {
        Set<String> cyclic = new HashSet<>();
        cycles.forEach(cycle -> cyclic.addAll(cycle.packages()));
        long production = 0;
        long inCycles = 0;
        for (FileFacts file : context.sourceFacts().all()) {
            if (context.isProduction(file.path())) {
                production += file.linesOfCode();
                inCycles += cyclic.contains(file.dependencies().packageName()) ? file.linesOfCode() : 0;
            }
        }
        return new ArchitectureMeasures(true, production, inCycles, cyclic.size());
    }

    /** Share (0–1) of production lines of code in package cycles; 0 without code. */
    public double cycleShare() {
        return productionLinesOfCode == 0 ? 0 : (double) linesInCycles / productionLinesOfCode;
    }
}

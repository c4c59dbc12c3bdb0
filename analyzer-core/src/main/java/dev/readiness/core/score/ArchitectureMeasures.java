package dev.readiness.core.score;

import dev.readiness.core.graph.PackageCycles;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.source.FileFacts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the architecture score measures on the package graph of production code: the lines of code of
 * production Java files, how many of them lie in packages that are part of a package cycle (a strongly
 * connected component of more than one package), and those lines weighted by how tangled their cycle is
 * ({@link #tangleWeight}), so one stray reference closing a cycle over most of the code costs little.
 * {@link #UNMEASURED} when no graph was available.
 */
public record ArchitectureMeasures(boolean measured, long productionLinesOfCode, long linesInCycles,
                                   int packagesInCycles, double tangledLines) {

    public static final ArchitectureMeasures UNMEASURED = new ArchitectureMeasures(false, 0, 0, 0, 0);
    /** The least weight of a cycle's code, however cheap the cycle is to break. */
    static final double LEAST_TANGLE_WEIGHT = 0.05;

    /** @param cycles the package cycles of the production code's package graph */
    public static ArchitectureMeasures of(RepositoryContext context, List<PackageCycles.Cycle> cycles) {
        Map<String, Double> weightOfPackage = new HashMap<>();
        cycles.forEach(cycle -> cycle.packages().forEach(name -> weightOfPackage.put(name, tangleWeight(cycle))));
        long production = 0;
        long inCycles = 0;
        double tangled = 0;
        for (FileFacts file : context.sourceFacts().all()) {
            if (context.isProduction(file.path())) {
                production += file.linesOfCode();
                Double weight = weightOfPackage.get(file.dependencies().packageName());
                if (weight != null) {
                    inCycles += file.linesOfCode();
                    tangled += weight * file.linesOfCode();
                }
            }
        }
        return new ArchitectureMeasures(true, production, inCycles, weightOfPackage.size(), tangled);
    }

    /**
     * How much of a cycle's code counts: twice its {@link PackageCycles.Cycle#tangle() tangle}, so packages using
     * each other evenly count fully, and at least {@value #LEAST_TANGLE_WEIGHT}.
     */
    static double tangleWeight(PackageCycles.Cycle cycle) {
        return Math.max(LEAST_TANGLE_WEIGHT, Math.min(1, 2 * cycle.tangle()));
    }

    /** Share (0–1) of production lines of code in package cycles; 0 without code. */
    public double cycleShare() {
        return productionLinesOfCode == 0 ? 0 : (double) linesInCycles / productionLinesOfCode;
    }

    /** Share (0–1) of production lines of code in package cycles, each weighted by its cycle's tangle. */
    public double tangledShare() {
        return productionLinesOfCode == 0 ? 0 : tangledLines / productionLinesOfCode;
    }
}

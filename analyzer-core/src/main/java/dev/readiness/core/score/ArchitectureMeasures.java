package dev.readiness.core.score;

import dev.readiness.core.graph.PackageCycles;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.source.FileFacts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the architecture score measures on the package graph of production code: the lines of code of
 * production Java files, how many of them lie in packages that are part of a package cycle (a strongly
 * connected component of more than one package), and those lines weighted by how tangled their cycle is
 * ({@link #tangleWeight}), so one stray reference closing a cycle over most of the code costs little; and each
 * cycle's own share ({@code cycles}), so what breaking one cycle gains can be computed ({@link #withoutCycleOf}).
 * {@link #UNMEASURED} when no graph was available.
 */
public record ArchitectureMeasures(boolean measured, long productionLinesOfCode, long linesInCycles,
                                   int packagesInCycles, double tangledLines, List<CycleCode> cycles) {

    public static final ArchitectureMeasures UNMEASURED = new ArchitectureMeasures(false, 0, 0, 0, 0);
    /** The least weight of a cycle's code, however cheap the cycle is to break. */
    static final double LEAST_TANGLE_WEIGHT = 0.05;

    /** One cycle's packages, the production files in them, their lines and those lines weighted by its tangle. */
    public record CycleCode(Set<String> packages, Set<String> paths, long lines, double tangledLines) {

        public CycleCode {
            packages = Set.copyOf(packages);
            paths = Set.copyOf(paths);
        }
    }

    public ArchitectureMeasures {
        cycles = List.copyOf(cycles);
    }

    /** Measures whose cycles are known only in total. */
    public ArchitectureMeasures(boolean measured, long productionLinesOfCode, long linesInCycles, int packagesInCycles,
                                double tangledLines) {
        this(measured, productionLinesOfCode, linesInCycles, packagesInCycles, tangledLines, List.of());
    }

    /** @param cycles the package cycles of the production code's package graph */
    public static ArchitectureMeasures of(RepositoryContext context, List<PackageCycles.Cycle> cycles) {
        Map<String, Integer> cycleOfPackage = new HashMap<>();
        for (int index = 0; index < cycles.size(); index++) {
            int cycle = index;
            cycles.get(index).packages().forEach(name -> cycleOfPackage.put(name, cycle));
        }
        List<Set<String>> paths = new ArrayList<>();
        long[] lines = new long[cycles.size()];
        cycles.forEach(cycle -> paths.add(new TreeSet<>()));
        long production = 0;
        for (FileFacts file : context.sourceFacts().all()) {
            if (context.isProduction(file.path())) {
                production += file.linesOfCode();
                Integer cycle = cycleOfPackage.get(file.dependencies().packageName());
                if (cycle != null) {
                    lines[cycle] += file.linesOfCode();
                    paths.get(cycle).add(file.path());
                }
            }
        }
        List<CycleCode> code = new ArrayList<>();
        for (int index = 0; index < cycles.size(); index++) {
            code.add(new CycleCode(Set.copyOf(cycles.get(index).packages()), paths.get(index), lines[index],
                    tangleWeight(cycles.get(index)) * lines[index]));
        }
        return new ArchitectureMeasures(true, production, code.stream().mapToLong(CycleCode::lines).sum(),
                cycleOfPackage.size(), code.stream().mapToDouble(CycleCode::tangledLines).sum(), code);
    }

    /** These measures with the cycle holding {@code path} broken; the same measures when no cycle holds it. */
    public ArchitectureMeasures withoutCycleOf(String path) {
        Optional<CycleCode> broken = cycles.stream().filter(cycle -> cycle.paths().contains(path)).findFirst();
        if (broken.isEmpty()) {
            return this;
        }
        List<CycleCode> remaining = cycles.stream().filter(cycle -> cycle != broken.get()).toList();
        return new ArchitectureMeasures(measured, productionLinesOfCode, linesInCycles - broken.get().lines(),
                packagesInCycles - broken.get().packages().size(), tangledLines - broken.get().tangledLines(), remaining);
    }

    /**
     * These measures for a part of the repository: the production files {@code linesByPath} holds (path → lines of
     * code), and of each cycle the share of its code in them.
     */
    public ArchitectureMeasures restrictedTo(Map<String, Integer> linesByPath) {
        if (!measured) {
            return this;
        }
        long production = linesByPath.values().stream().mapToLong(Integer::longValue).sum();
        List<CycleCode> parts = new ArrayList<>();
        for (CycleCode cycle : cycles) {
            Set<String> paths = new TreeSet<>(cycle.paths());
            paths.retainAll(linesByPath.keySet());
            long lines = paths.stream().mapToLong(linesByPath::get).sum();
            if (!paths.isEmpty()) {
                parts.add(new CycleCode(cycle.packages(), paths, lines,
                        cycle.lines() == 0 ? 0 : cycle.tangledLines() * lines / cycle.lines()));
            }
        }
        return new ArchitectureMeasures(true, production, parts.stream().mapToLong(CycleCode::lines).sum(),
                (int) parts.stream().flatMap(cycle -> cycle.packages().stream()).distinct().count(),
                parts.stream().mapToDouble(CycleCode::tangledLines).sum(), parts);
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

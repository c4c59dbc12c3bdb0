package dev.readiness.core.analysis;

import java.util.Comparator;
import java.util.List;

/**
 * What the human-facing reports draw besides findings: how often each production file changed (for the
 * hotspot chart; empty without history) and the package cycles with every edge inside them.
 *
 * @param recentWindowStart first day (ISO date) of the history's recent window; null without history
 */
public record RepositoryOverview(String recentWindowStart, List<FileChanges> fileChanges,
                                 List<PackageCycle> packageCycles) {

    public static final RepositoryOverview EMPTY = new RepositoryOverview(null, List.of(), List.of());

    public RepositoryOverview {
        fileChanges = fileChanges.stream().sorted(Comparator.comparing(FileChanges::path)).toList();
        packageCycles = List.copyOf(packageCycles);
    }

    /** Changes of one production file under its current path: in all the history read and in the recent window. */
    public record FileChanges(String path, int changes, int recentChanges, int authors) {
    }

    /** A strongly connected set of packages, with the edges the package-cycle rule proposes to cut marked. */
    public record PackageCycle(List<String> packages, List<PackageEdge> edges) {

        public PackageCycle {
            packages = List.copyOf(packages);
            edges = List.copyOf(edges);
        }
    }

    /** {@code references}: how many type-level references make up the edge. */
    public record PackageEdge(String from, String to, int references, boolean cut) {
    }
}

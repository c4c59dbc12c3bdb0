package dev.readiness.core.portfolio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Many repositories' scan reports in one view: each repository with its latest report, worst score first; the rules
 * that trouble the most repositories; and, where a repository has reports of different commit dates, its first and
 * latest score. Everything is sorted, so the same reports give the same portfolio.
 *
 * @param reports      how many reports were read
 * @param repositories one per repository: lowest latest score first (not measured last), then by name and scope
 * @param problems     the rules with findings in the latest reports, most widespread first
 */
public record Portfolio(int reports, List<RepositoryHistory> repositories, List<Problem> problems) {

    /** Oldest first: by commit time (unknown first), then commit id, then file, so the last one is the latest. */
    static final Comparator<ScanReport> CHRONOLOGICAL = Comparator
            .comparing((ScanReport report) -> report.target().headCommitTime(),
                    Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(report -> report.target().headCommit(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ScanReport::file);

    /** Worst first: lowest latest overall score, not measured last, then by repository. */
    static final Comparator<RepositoryHistory> WORST_FIRST = Comparator
            .comparing((RepositoryHistory history) -> history.latest().score().overall(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(RepositoryHistory::key);

    public Portfolio {
        repositories = List.copyOf(repositories);
        problems = List.copyOf(problems);
    }

    public static Portfolio of(List<ScanReport> reports) {
        Map<RepositoryKey, List<ScanReport>> byRepository = new TreeMap<>();
        for (ScanReport report : reports) {
            byRepository.computeIfAbsent(report.key(), key -> new ArrayList<>()).add(report);
        }
        List<RepositoryHistory> repositories = new ArrayList<>();
        for (List<ScanReport> history : byRepository.values()) {
            history.sort(CHRONOLOGICAL);
            repositories.add(new RepositoryHistory(history.size(), history.get(0), history.get(history.size() - 1)));
        }
        repositories.sort(WORST_FIRST);
        return new Portfolio(reports.size(), repositories,
                Problem.rank(repositories.stream().map(RepositoryHistory::latest).toList()));
    }

    /** The repositories with reports of more than one commit date, by name and scope. */
    public List<RepositoryHistory> trends() {
        return repositories.stream().filter(RepositoryHistory::hasTrend)
                .sorted(Comparator.comparing(RepositoryHistory::key)).toList();
    }
}

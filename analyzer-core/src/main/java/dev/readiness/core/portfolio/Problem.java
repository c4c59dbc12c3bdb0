package dev.readiness.core.portfolio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule that has active findings in some repositories' latest reports: in how many repositories (and which), how
 * many findings in all, and the overall score points fixing them gains, summed over those repositories.
 */
public record Problem(String ruleId, String summary, List<RepositoryKey> repositories, int findings, double points) {

    /** Most repositories first, then most findings, then most points, then by rule id. */
    static final Comparator<Problem> MOST_COMMON_FIRST = Comparator
            .comparingInt((Problem problem) -> problem.repositories().size()).reversed()
            .thenComparing(Comparator.comparingInt(Problem::findings).reversed())
            .thenComparing(Comparator.comparingDouble(Problem::points).reversed())
            .thenComparing(Problem::ruleId);

    public Problem {
        repositories = List.copyOf(repositories);
    }

    /** The rules found in {@code latest} (one report per repository, in portfolio order), most common first. */
    static List<Problem> rank(List<ScanReport> latest) {
        Map<String, Problem> byRule = new LinkedHashMap<>();
        for (ScanReport report : latest) {
            for (ScanReport.RuleTally tally : report.findings().byRule()) {
                byRule.merge(tally.ruleId(), new Problem(tally.ruleId(), tally.summary(), List.of(report.key()),
                        tally.findings(), tally.points()), Problem::plus);
            }
        }
        List<Problem> problems = new ArrayList<>(byRule.values());
        problems.sort(MOST_COMMON_FIRST);
        return problems;
    }

    private Problem plus(Problem other) {
        List<RepositoryKey> both = new ArrayList<>(repositories);
        both.addAll(other.repositories());
        return new Problem(ruleId, summary.isEmpty() ? other.summary() : summary, both, findings + other.findings(),
                points + other.points());
    }
}

package dev.readiness.core.portfolio;

import java.time.Instant;
import java.util.Objects;

/** One repository in the portfolio: how many of its reports were read, the first and the latest by commit time. */
public record RepositoryHistory(int reports, ScanReport first, ScanReport latest) {

    public RepositoryKey key() {
        return latest.key();
    }

    /** True when the first and the latest report describe commits of different times: a trend to show. */
    public boolean hasTrend() {
        Instant from = first.target().headCommitTime();
        Instant to = latest.target().headCommitTime();
        return from != null && to != null && !Objects.equals(from, to);
    }

    /** Latest minus first overall score, one decimal; null without a trend or when either was not measured. */
    public Double change() {
        Double from = first.score().overall();
        Double to = latest.score().overall();
        return !hasTrend() || from == null || to == null ? null : Math.round((to - from) * 10) / 10.0;
    }
}

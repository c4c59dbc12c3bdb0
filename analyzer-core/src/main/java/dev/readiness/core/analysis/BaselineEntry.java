package dev.readiness.core.analysis;

import java.util.Comparator;
import java.util.Objects;

/**
 * One finding remembered in a baseline file: its stable fingerprint, plus rule, path and symbol so a
 * person reading the file (or a report of absent findings) knows what it was.
 */
public record BaselineEntry(String fingerprint, String ruleId, String path, String symbol)
        implements Comparable<BaselineEntry> {

    private static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::path)
            .thenComparing(BaselineEntry::ruleId)
            .thenComparing(BaselineEntry::symbol)
            .thenComparing(BaselineEntry::fingerprint);

    public BaselineEntry {
        Objects.requireNonNull(fingerprint, "fingerprint");
        ruleId = ruleId == null ? "" : ruleId;
        path = path == null ? "" : path;
        symbol = symbol == null ? "" : symbol;
    }

    @Override
    public int compareTo(BaselineEntry other) {
        return ORDER.compare(this, other);
    }
}

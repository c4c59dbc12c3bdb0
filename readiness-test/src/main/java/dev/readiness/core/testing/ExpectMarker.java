package dev.readiness.core.testing;

import dev.readiness.core.rule.Finding;
import java.util.Comparator;

/**
 * One {@code expect:} marker: the finding of {@code ruleId} it demands on {@code line} of {@code path}, whose
 * message must contain {@code text} ({@code ""} when the marker names none). {@code markerLine} is where the
 * comment stands: the reported line itself, or a line above it when the marker has a line of its own.
 */
public record ExpectMarker(String path, int line, String ruleId, String text, int markerLine) {

    /** Report order: by file, line, rule, then text. */
    public static final Comparator<ExpectMarker> ORDER = Comparator.comparing(ExpectMarker::path)
            .thenComparingInt(ExpectMarker::line)
            .thenComparing(ExpectMarker::ruleId)
            .thenComparing(ExpectMarker::text);

    /** Whether {@code finding} is reported where this marker stands and says what it demands. */
    public boolean accepts(Finding finding) {
        return isAt(finding) && finding.message().contains(text);
    }

    /** Whether {@code finding} is of this marker's rule and on its line, whatever its message. */
    public boolean isAt(Finding finding) {
        return finding.ruleId().equals(ruleId) && finding.location().path().equals(path)
                && finding.location().region().startLine() == line;
    }

    /** {@code path:line rule-id}, then the demanded text and where the marker stands when not on the line. */
    public String describe() {
        return place(path, line, ruleId) + (text.isEmpty() ? "" : " \"" + text + "\"")
                + (markerLine == line ? "" : " (marker on line " + markerLine + ")");
    }

    static String place(String path, int line, String ruleId) {
        return path + ":" + line + " " + ruleId;
    }
}

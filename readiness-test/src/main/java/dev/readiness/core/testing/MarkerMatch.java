package dev.readiness.core.testing;

import dev.readiness.core.rule.Finding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Pairs markers with findings, each finding serving one marker, and keeps what is left over on either side.
 * A maximum bipartite matching (augmenting paths) rather than first come, first served: two findings on one
 * line can satisfy a plain marker and a text marker in only one order, and the result must not depend on it.
 */
final class MarkerMatch {

    private final List<ExpectMarker> markers;
    private final List<Finding> findings;
    private final int[] markerOfFinding;

    private MarkerMatch(List<ExpectMarker> markers, List<Finding> findings) {
        this.markers = markers.stream().sorted(ExpectMarker.ORDER).toList();
        this.findings = findings.stream().sorted(Finding.ORDER).toList();
        this.markerOfFinding = new int[findings.size()];
        Arrays.fill(markerOfFinding, -1);
        for (int marker = 0; marker < this.markers.size(); marker++) {
            assign(marker, new boolean[findings.size()]);
        }
    }

    static MarkerMatch of(List<ExpectMarker> markers, List<Finding> findings) {
        return new MarkerMatch(markers, findings);
    }

    private boolean assign(int marker, boolean[] tried) {
        for (int finding = 0; finding < findings.size(); finding++) {
            if (!tried[finding] && markers.get(marker).accepts(findings.get(finding))) {
                tried[finding] = true;
                if (markerOfFinding[finding] < 0 || assign(markerOfFinding[finding], tried)) {
                    markerOfFinding[finding] = marker;
                    return true;
                }
            }
        }
        return false;
    }

    /** Markers no finding satisfies, each with the messages of its rule on its line when it demands a text. */
    List<String> missing() {
        List<Integer> met = Arrays.stream(markerOfFinding).boxed().toList();
        List<String> missing = new ArrayList<>();
        for (int marker = 0; marker < markers.size(); marker++) {
            if (!met.contains(marker)) {
                missing.add(describeMissing(markers.get(marker)));
            }
        }
        return missing;
    }

    /** Findings no marker asks for, with their messages. */
    List<String> unexpected() {
        List<String> unexpected = new ArrayList<>();
        for (int finding = 0; finding < findings.size(); finding++) {
            if (markerOfFinding[finding] < 0) {
                Finding unmarked = findings.get(finding);
                unexpected.add(ExpectMarker.place(unmarked.location().path(), unmarked.location().region().startLine(),
                        unmarked.ruleId()) + " \"" + unmarked.message() + "\"");
            }
        }
        return unexpected;
    }

    private String describeMissing(ExpectMarker marker) {
        if (marker.text().isEmpty()) {
            return marker.describe();
        }
        String reported = findings.stream().filter(marker::isAt).map(finding -> "\"" + finding.message() + "\"")
                .collect(Collectors.joining(", "));
        return marker.describe() + (reported.isEmpty() ? ": nothing reported there" : ": reported there " + reported);
    }
}

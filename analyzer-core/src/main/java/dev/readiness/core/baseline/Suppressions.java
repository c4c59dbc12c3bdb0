package dev.readiness.core.baseline;

import dev.readiness.core.analysis.SourceTexts;
import dev.readiness.core.analysis.ToolNotification;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Suppression;
import dev.readiness.core.source.SuppressionMarker;
import dev.readiness.core.source.SuppressionMarkers;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Marks findings covered by an in-source marker as suppressed. Java files bring their markers from the
 * (cached) parse stage; any other file with a finding is scanned for {@code readiness:ignore} comments here.
 * Also tells the user about markers that name no known rule and {@code readiness:ignore} comments that
 * suppress something without giving a reason (honoured all the same).
 */
public final class Suppressions {

    private final Map<String, List<SuppressionMarker>> javaMarkers;
    private final SourceTexts texts;
    private final Set<String> ruleIds;
    private final Map<String, List<SuppressionMarker>> textMarkers = new HashMap<>();

    /**
     * @param javaMarkers the markers of every parsed Java file by path
     * @param texts       file texts, for markers in other files
     * @param ruleIds     the ids of every rule that ran
     */
    public Suppressions(Map<String, List<SuppressionMarker>> javaMarkers, SourceTexts texts, Set<String> ruleIds) {
        this.javaMarkers = javaMarkers;
        this.texts = texts;
        this.ruleIds = ruleIds;
    }

    /** The findings, suppressed where a marker covers them, and what to tell the user about the markers. */
    public Applied apply(List<Finding> findings) {
        List<Finding> marked = new ArrayList<>(findings.size());
        Set<ToolNotification> notifications = new LinkedHashSet<>();
        for (Finding finding : findings) {
            String path = finding.location().path();
            Optional<SuppressionMarker> marker = markersOf(path).stream()
                    .filter(candidate -> candidate.covers(finding.ruleId(), finding.location().region().startLine()))
                    .findFirst();
            marked.add(marker.map(found -> finding.withSuppression(new Suppression(found.reason(), path,
                    found.markerLine()))).orElse(finding));
            marker.filter(found -> found.reason().isEmpty() && !found.annotation())
                    .ifPresent(found -> notifications.add(new ToolNotification("suppression-without-reason",
                            Level.NOTE, "readiness:ignore " + found.ruleId() + " gives no reason; it is honoured,"
                            + " but say why (readiness:ignore <rule-id> <reason>)", path, found.markerLine(), 0)));
        }
        javaMarkers.forEach((path, markers) -> markers.stream().filter(this::namesUnknownRule).forEach(marker ->
                notifications.add(unknownRule(path, marker))));
        textMarkers.forEach((path, markers) -> markers.stream().filter(this::namesUnknownRule).forEach(marker ->
                notifications.add(unknownRule(path, marker))));
        return new Applied(marked, List.copyOf(notifications));
    }

    /** Findings with their suppressions, and notifications about the markers. */
    public record Applied(List<Finding> findings, List<ToolNotification> notifications) {
    }

    private boolean namesUnknownRule(SuppressionMarker marker) {
        return !marker.ruleId().equals(SuppressionMarker.ALL_RULES) && !ruleIds.contains(marker.ruleId());
    }

    private static ToolNotification unknownRule(String path, SuppressionMarker marker) {
        return new ToolNotification("suppression-unknown-rule", Level.WARNING, "suppression names no known rule: "
                + marker.ruleId() + " (see 'readiness rules' for the ids)", path, marker.markerLine(), 0);
    }

    private List<SuppressionMarker> markersOf(String path) {
        List<SuppressionMarker> java = javaMarkers.get(path);
        if (java != null) {
            return java;
        }
        return textMarkers.computeIfAbsent(path, this::scanText);
    }

    private List<SuppressionMarker> scanText(String path) {
        if (path.endsWith(".java")) {
            return List.of(); // a Java file that did not parse: no markers are trusted
        }
        try {
            return texts.text(path).map(SuppressionMarkers::ofText).orElse(List.of());
        } catch (UncheckedIOException e) {
            return List.of();
        }
    }
}

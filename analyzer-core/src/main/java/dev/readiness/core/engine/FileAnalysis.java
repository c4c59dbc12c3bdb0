package dev.readiness.core.engine;

import dev.readiness.core.analysis.ToolNotification;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.source.FileFacts;
import java.util.List;
import java.util.Optional;

/**
 * What the parse stage keeps of one Java file: its path, facts (null unless parsed and the project's own code),
 * findings and notifications. Plain data, so it can be cached by content between runs.
 */
public record FileAnalysis(String path, FileFacts facts, List<Finding> findings, List<ToolNotification> notifications,
                           Status status) {

    /** GENERATED: parsed, and found to be written by a tool, so neither judged nor measured. */
    public enum Status { PARSED, FAILED, SKIPPED, GENERATED }

    public FileAnalysis {
        findings = List.copyOf(findings);
        notifications = List.copyOf(notifications);
    }

    Optional<FileFacts> parsedFacts() {
        return Optional.ofNullable(facts);
    }

    /**
     * Whether this is what the parse stage makes (read back from a cache, it may not be): a path and a status, facts
     * exactly when parsed, for the same path, with line counts that are counts.
     */
    boolean wellFormed() {
        if (path == null || status == null || (status == Status.PARSED) != (facts != null)) {
            return false;
        }
        return facts == null || path.equals(facts.path()) && facts.lines() >= 0 && facts.linesOfCode() >= 0;
    }
}

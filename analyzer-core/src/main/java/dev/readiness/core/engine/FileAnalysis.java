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
}

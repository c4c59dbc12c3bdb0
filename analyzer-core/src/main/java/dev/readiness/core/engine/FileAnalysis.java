package dev.readiness.core.engine;

import dev.readiness.core.analysis.ToolNotification;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.source.FileFacts;
import java.util.List;
import java.util.Optional;

/**
 * What the parse stage keeps of one Java file: its facts (null unless parsed), findings and notifications.
 * Plain data, so it can be cached by content between runs.
 */
public record FileAnalysis(FileFacts facts, List<Finding> findings, List<ToolNotification> notifications,
                           Status status) {

    public enum Status { PARSED, FAILED, SKIPPED }

    public FileAnalysis {
        findings = List.copyOf(findings);
        notifications = List.copyOf(notifications);
    }

    Optional<FileFacts> parsedFacts() {
        return Optional.ofNullable(facts);
    }
}

package dev.readiness.core.engine;

import dev.readiness.core.analysis.ToolNotification;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.source.FileFacts;
import java.util.List;
import java.util.Optional;

/** What the parse stage keeps of one Java file: its facts (when parsed), findings and notifications. */
record FileAnalysis(Optional<FileFacts> facts, List<Finding> findings, List<ToolNotification> notifications,
                    Status status) {

    enum Status { PARSED, FAILED, SKIPPED }
}

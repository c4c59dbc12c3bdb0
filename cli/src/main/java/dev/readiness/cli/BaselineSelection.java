package dev.readiness.cli;

import dev.readiness.core.baseline.BaselineException;
import dev.readiness.core.baseline.BaselineFile;
import dev.readiness.core.baseline.GateComparisons;
import java.nio.file.Path;

/** Turns {@code --baseline FILE} and {@code --new-since REF} into what the analyzer compares against. */
final class BaselineSelection {

    private BaselineSelection() {
    }

    /** Reads the baseline up front, so a bad file stops the run before anything is analysed. */
    static GateComparisons.Request request(Path baseline, String newSince) throws UsageException {
        if (newSince != null && newSince.isBlank()) {
            throw new UsageException("--new-since needs a branch, tag or commit");
        }
        if (baseline == null) {
            return new GateComparisons.Request(null, null, newSince);
        }
        try {
            return new GateComparisons.Request(BaselineFile.read(baseline), baseline.toString(), newSince);
        } catch (BaselineException e) {
            throw new UsageException("--baseline: " + e.getMessage());
        }
    }
}

package dev.readiness.cli;

import dev.readiness.core.analysis.AnalysisResult;

/** Renders one format of a result to bytes, with the writers of analyzer-core's report package. */
final class ReportRenderer {

    private ReportRenderer() {
    }

    static byte[] render(ReportFormat format, AnalysisResult result) {
        throw new UnsupportedOperationException("wired once the report writers land: " + format + result);
    }
}

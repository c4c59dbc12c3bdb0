package dev.readiness.cli;

import dev.readiness.core.engine.AnalysisException;
import dev.readiness.core.engine.Analyzer;
import dev.readiness.core.engine.ProgressListener;
import dev.readiness.core.engine.Scan;
import dev.readiness.core.engine.ScanRequest;
import dev.readiness.core.graph.ConventionalLayer;
import dev.readiness.core.graph.InferredLayers;
import dev.readiness.core.history.HistoryOptions;
import dev.readiness.core.repo.ScanInputException;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.rule.RuleRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Infers the conventional layers of a repository for {@code readiness init}: parses it like a scan, with no rule
 * but one that captures {@link InferredLayers#packagesByLayer()}, no cache, no readiness.yml and one commit of
 * history.
 */
final class LayerDetector {

    private LayerDetector() {
    }

    static Map<ConventionalLayer, List<String>> packagesByLayer(Path path, int threads)
            throws ScanInputException, AnalysisException {
        Capture capture = new Capture();
        HistoryOptions defaults = HistoryOptions.defaults(threads);
        HistoryOptions oneCommit = new HistoryOptions(1, null, defaults.recentWindow(), true, threads,
                defaults.botAuthors(), null);
        try (Scan scan = new Analyzer(new RuleRegistry(List.of(capture)), ProgressListener.NONE)
                .analyze(new ScanRequest(path, threads, null, oneCommit))) {
            return capture.packagesByLayer;
        }
    }

    /** Not a rule users see: one instance per detection, read once the scan is done. */
    private static final class Capture implements RepositoryRule {
        private static final RuleMetadata METADATA = new RuleMetadata("architecture/inferred-layers", "InferredLayers",
                "Captures the inferred layers for readiness init.", "Captures the inferred layers for readiness init.",
                "Internal to readiness init.\n", Level.NOTE, dev.readiness.core.rule.Precision.HIGH, List.of(), null,
                List.of());

        private volatile Map<ConventionalLayer, List<String>> packagesByLayer = Map.of();

        @Override
        public RuleMetadata metadata() {
            return METADATA;
        }

        @Override
        public void check(RepositoryContext context, FindingSink sink) {
            packagesByLayer = InferredLayers.infer(context.sourceFacts(), context.typeIndex()).packagesByLayer();
        }
    }
}

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
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RuleRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Infers the conventional layers of a repository for {@code readiness init}: builds its models like a scan, with no
 * rule, no cache, no readiness.yml and one commit of history, and reads {@link InferredLayers#packagesByLayer()}.
 */
final class LayerDetector {

    private LayerDetector() {
    }

    static Map<ConventionalLayer, List<String>> packagesByLayer(Path path, int threads)
            throws ScanInputException, AnalysisException {
        HistoryOptions defaults = HistoryOptions.defaults(threads);
        HistoryOptions oneCommit = new HistoryOptions(1, null, defaults.recentWindow(), true, threads,
                defaults.botAuthors(), null);
        try (Scan scan = new Analyzer(new RuleRegistry(List.of()), ProgressListener.NONE)
                .analyze(new ScanRequest(path, threads, null, oneCommit))) {
            RepositoryContext models = scan.models();
            return InferredLayers.infer(models.sourceFacts(), models.typeIndex()).packagesByLayer();
        }
    }
}

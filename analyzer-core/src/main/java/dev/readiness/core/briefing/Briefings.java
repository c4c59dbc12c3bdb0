package dev.readiness.core.briefing;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.config.ArchitectureConfig;
import dev.readiness.core.config.ForbiddenDependency;
import dev.readiness.core.config.Layer;
import dev.readiness.core.config.PackageGlobs;
import dev.readiness.core.history.FileHistory;
import dev.readiness.core.history.History;
import dev.readiness.core.history.metrics.Authorship;
import dev.readiness.core.history.metrics.CouplingAnalysis;
import dev.readiness.core.history.metrics.StaticDependencies;
import dev.readiness.core.metrics.FileHealth;
import dev.readiness.core.metrics.FileRisk;
import dev.readiness.core.metrics.Hotspots;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.source.FileFacts;
import dev.readiness.core.source.TypeInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Builds the {@link FileBriefing} of one file of a scan, from the models the scan built and its result. */
public final class Briefings {

    /** The files that change with this one, listed at most. */
    static final int CO_CHANGES = 8;
    /** Looser than the coupling rules: an agent about to edit wants every likely partner, not only the proven ones. */
    static final CouplingAnalysis.Thresholds PARTNERS = new CouplingAnalysis.Thresholds(2, 2, 0.3, 30);

    private Briefings() {
    }

    /** The briefing of {@code path}, a repository-relative path of a file the scan read; empty when it read no such file. */
    public static Optional<FileBriefing> of(RepositoryContext context, AnalysisResult result, String path) {
        Optional<RepoFile> file = context.file(path);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Optional<FileFacts> facts = context.sourceFacts().of(path);
        List<TypeInfo> types = facts.map(FileFacts::types).orElse(List.of());
        Optional<FileHealth> health = result.codeHealth().file(path);
        Optional<History> history = context.history();
        return Optional.of(new FileBriefing(path, file.get().kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                health.map(Briefings::health).orElse(null),
                history.flatMap(found -> health.map(measured -> risk(found, result, measured))).orElse(null),
                history.map(found -> coChanges(context, found, path)).orElse(List.of()),
                TestLinks.of(context.testModel(), types),
                facts.map(found -> architectureRules(context.config().architecture(),
                        found.dependencies().packageName())).orElse(List.of()),
                result.activeFindings().stream().filter(finding -> finding.location().path().equals(path))
                        .map(finding -> new FileBriefing.OpenFinding(finding.ruleId(), finding.level().id(),
                                finding.location().region().startLine(), finding.message())).toList(),
                history.flatMap(found -> found.file(path)).map(fileHistory -> knowledge(history.get(), fileHistory))
                        .orElse(null)));
    }

    private static FileBriefing.Health health(FileHealth health) {
        List<String> biomarkers = health.biomarkers().stream().flatMap(marker -> marker.occurrences().stream()
                .map(where -> marker.id() + ": " + where)).toList();
        return new FileBriefing.Health(health.health(), health.band().id(), health.linesOfCode(), biomarkers);
    }

    private static FileBriefing.Risk risk(History history, AnalysisResult result, FileHealth health) {
        int changes = history.recentRevisions(health.path());
        List<Hotspots.ChangedFile> hotspots = Hotspots.of(result.codeHealth().files(), history::recentRevisions).all();
        Integer rank = null;
        for (int index = 0; index < hotspots.size() && rank == null; index++) {
            rank = hotspots.get(index).path().equals(health.path()) ? index + 1 : null;
        }
        return new FileBriefing.Risk(changes, Math.round(FileRisk.of(health.linesOfCode(), changes) * 1000) / 1000.0,
                rank, hotspots.size());
    }

    private static List<FileBriefing.CoChange> coChanges(RepositoryContext context, History history, String path) {
        String text = context.file(path).flatMap(context::readText).orElse("");
        List<TypeInfo> types = context.sourceFacts().of(path).map(FileFacts::types).orElse(List.of());
        List<FileBriefing.CoChange> partners = new ArrayList<>();
        for (CouplingAnalysis.Pair pair : CouplingAnalysis.pairsWith(history, path, other -> context.file(other)
                .isPresent(), PARTNERS).stream().limit(CO_CHANGES).toList()) {
            String otherText = context.file(pair.second()).flatMap(context::readText).orElse("");
            List<TypeInfo> otherTypes = context.sourceFacts().of(pair.second()).map(FileFacts::types).orElse(List.of());
            boolean explained = StaticDependencies.dependsOn(text, otherTypes)
                    || StaticDependencies.dependsOn(otherText, types);
            partners.add(new FileBriefing.CoChange(pair.second(), pair.shared(),
                    Math.round(pair.degree() * 100) / 100.0, explained));
        }
        return partners;
    }

    /** The layer rules and forbidden dependencies of readiness.yml that apply to code in {@code packageName}. */
    static List<String> architectureRules(ArchitectureConfig architecture, String packageName) {
        List<String> rules = new ArrayList<>();
        for (Layer layer : architecture.layers()) {
            if (PackageGlobs.matchesAny(layer.packages(), packageName)) {
                rules.add("in layer " + layer.name() + constraint(" may only use layers ", layer.mayOnlyAccess())
                        + constraint(" must not use layers ", layer.mayNotAccess())
                        + constraint(" may only be used by layers ", layer.mayOnlyBeAccessedBy())
                        + constraint(" must not be used by layers ", layer.mayNotBeAccessedBy()));
            }
        }
        for (ForbiddenDependency forbidden : architecture.forbidden()) {
            if (PackageGlobs.matchesAny(forbidden.from(), packageName)) {
                rules.add("must not depend on " + String.join(", ", forbidden.to())
                        + (forbidden.reason() == null || forbidden.reason().isBlank() ? "" : ": " + forbidden.reason()));
            }
        }
        return rules;
    }

    private static String constraint(String words, List<String> layers) {
        return layers == null ? "" : ";" + words + (layers.isEmpty() ? "(none)" : String.join(", ", layers));
    }

    private static FileBriefing.Knowledge knowledge(History history, FileHistory file) {
        Map<String, Double> degrees = Authorship.degrees(file);
        List<String> authors = degrees.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> history.authorName(entry.getKey())).distinct().toList();
        return new FileBriefing.Knowledge(authors, Math.round(file.mainAuthorShare() * 100) / 100.0,
                file.lastChange() == null ? null : file.lastChange().toString());
    }
}

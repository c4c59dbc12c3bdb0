package dev.readiness.rules.history;

import dev.readiness.core.graph.TypeHierarchy;
import dev.readiness.core.history.History;
import dev.readiness.core.history.metrics.CouplingAnalysis;
import dev.readiness.core.history.metrics.StaticDependencies;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.rule.Effort;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Need;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleDefinition;
import dev.readiness.core.source.FileFacts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Change-coupled Java files in different packages or modules with no static dependency either way:
 * the edit an agent will miss, because nothing in the code leads from one file to the other.
 */
@RuleDefinition(
        id = "history/hidden-coupling",
        summary = "Two files change together although neither refers to the other.",
        description = "Reports change-coupled pairs (same thresholds as history/change-coupling) of production "
                + "Java files in different packages or modules where neither file imports or names a type "
                + "declared in the other, they extend or implement no common type of the repository, and in most of "
                + "their shared commits no type both refer to changed with them (a data type both render or fill "
                + "leads from one to the other). Nothing in the code leads from one to the other, so an agent (or a "
                + "new developer) changing one will not know to change the other.",
        level = Level.WARNING,
        effort = Effort.DESIGN,
        precision = Precision.MEDIUM,
        scope = FileKind.PRODUCTION,
        needs = Need.HISTORY,
        tags = {"history", "coupling", "architecture", "ai-readiness"}
)
public final class HiddenCoupling implements RepositoryRule {

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        HistoryFiles.of(context).ifPresent(history -> {
            TypeHierarchy hierarchy = TypeHierarchy.of(context.sourceFacts(), context.typeIndex());
            for (CouplingAnalysis.Pair pair : ChangeCoupling.pairs(context, history)) {
                if (isHidden(context, hierarchy, pair)) {
                    sink.report(Location.ofLine(pair.first(), 1), message(history, pair), List.of(
                            Location.ofLine(pair.second(), 1).withMessage("changes together with "
                                    + HistoryFiles.fileName(pair.first()) + " without a dependency")));
                }
            }
        });
    }

    /**
     * Both Java, in different packages or modules, neither depends on the other and they share no supertype declared
     * in the repository: implementations of one interface (Netty's Epoll, KQueue and NIO handlers) change together
     * when their contract changes, and the contract leads an agent from one to the others.
     */
    static boolean isHidden(RepositoryContext context, TypeHierarchy hierarchy, CouplingAnalysis.Pair pair) {
        RepoFile first = context.file(pair.first()).orElse(null);
        RepoFile second = context.file(pair.second()).orElse(null);
        FileFacts firstFacts = context.sourceFacts().of(pair.first()).orElse(null);
        FileFacts secondFacts = context.sourceFacts().of(pair.second()).orElse(null);
        if (first == null || second == null || firstFacts == null || secondFacts == null
                || !apart(first, second) || isDescriptor(first) || isDescriptor(second)) {
            return false;
        }
        String firstText = context.readText(first).orElse("");
        String secondText = context.readText(second).orElse("");
        return !StaticDependencies.dependsOn(firstText, secondFacts.types())
                && !StaticDependencies.dependsOn(secondText, firstFacts.types())
                && !namesSubtype(hierarchy, firstText, secondFacts) && !namesSubtype(hierarchy, secondText, firstFacts)
                && !shareSupertype(hierarchy, firstFacts, secondFacts)
                && !mediated(context, pair, firstText, secondText);
    }

    /**
     * Whether, in at least half of their shared commits, a third file that both refer to changed with them: the pair
     * changes with the types they share (a result both writers render, a record both layers fill), and those types
     * lead from one to the other.
     */
    static boolean mediated(RepositoryContext context, CouplingAnalysis.Pair pair, String firstText, String secondText) {
        History history = context.history().orElseThrow();
        List<List<String>> shared = CouplingAnalysis.sharedChangeSets(history, pair.first(), pair.second(),
                CouplingAnalysis.Thresholds.DEFAULTS);
        Map<String, Boolean> referencedByBoth = new HashMap<>();
        long withSharedType = shared.stream().filter(paths -> paths.stream()
                .filter(path -> !path.equals(pair.first()) && !path.equals(pair.second()))
                .anyMatch(path -> referencedByBoth.computeIfAbsent(path, third -> context.sourceFacts().of(third)
                        .map(facts -> StaticDependencies.dependsOn(firstText, facts.types())
                                && StaticDependencies.dependsOn(secondText, facts.types())).orElse(false))))
                .count();
        return !shared.isEmpty() && 2 * withSharedType >= shared.size();
    }

    /**
     * {@code module-info.java} and {@code package-info.java} declare no type an agent would follow; module
     * descriptors change together whenever modules are rearranged, and one {@code requires} the other (Derby).
     */
    private static boolean isDescriptor(RepoFile file) {
        return file.fileName().equals("module-info.java") || file.fileName().equals("package-info.java");
    }

    /**
     * {@code text} names a repository subtype of a type {@code file} declares: its code uses what the subtype
     * inherits (Vert.x's QUIC client reads its QuicClientConfig, whose settings QuicEndpointConfig declares).
     */
    private static boolean namesSubtype(TypeHierarchy hierarchy, String text, FileFacts file) {
        return file.types().stream().flatMap(type -> hierarchy.subtypesInRepository(type.qualifiedName()).stream())
                .anyMatch(subtype -> StaticDependencies.namesType(text, subtype));
    }

    private static boolean shareSupertype(TypeHierarchy hierarchy, FileFacts first, FileFacts second) {
        Set<String> ofFirst = supertypes(hierarchy, first);
        return supertypes(hierarchy, second).stream().anyMatch(ofFirst::contains);
    }

    private static Set<String> supertypes(TypeHierarchy hierarchy, FileFacts file) {
        return file.types().stream().flatMap(type -> hierarchy.supertypesInRepository(type.qualifiedName()).stream())
                .collect(Collectors.toSet());
    }

    /** In different build modules, or in different directories (packages) of one. */
    private static boolean apart(RepoFile first, RepoFile second) {
        return !first.moduleDirectory().equals(second.moduleDirectory())
                || !directory(first.path()).equals(directory(second.path()));
    }

    private static String directory(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static String message(History history, CouplingAnalysis.Pair pair) {
        return "Changes together with " + pair.second() + " (" + pair.shared() + " shared commits, coupling degree "
                + pair.degreePercent() + "% in " + HistoryFiles.recentWindow(history) + ") although neither file "
                + "refers to the other: an edit to one will miss the other. Make the dependency explicit (a shared "
                + "type or call), or document it next to both files.";
    }
}

package dev.readiness.rules.context;

import dev.readiness.core.graph.DependencyGraph;
import dev.readiness.core.graph.TypeHierarchy;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.rule.Effort;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.Region;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Public production types an agent is likely to call without reading their code, yet without Javadoc:
 * interfaces, abstract classes and types used from other packages. One finding per type, listing its
 * undocumented public methods ({@link PublicApiDocs} decides which methods need a comment). An instance method
 * that a supertype in the repository declares (implemented without {@code @Override}) is documented there, or
 * reported there (a static method hides, it does not inherit the contract); what supertypes outside the repository declare is not known, so their methods still count.
 */
@RuleDefinition(
        id = "context/undocumented-public-api",
        summary = "Public interface, abstract class or cross-package type lacks Javadoc.",
        description = "Reports public production types that are interfaces, abstract classes or used from other packages "
                + "and that have no Javadoc on the type or on some of their public methods (getters, setters, "
                + "overrides, methods a supertype in the repository declares, record accessors, main and "
                + "constructors excepted). Agents call such APIs from "
                + "their signatures alone; a contract that is not written down is guessed.",
        level = Level.NOTE,
        effort = Effort.DOCUMENT,
        precision = Precision.MEDIUM,
        scope = FileKind.PRODUCTION,
        facts = PublicTypeDocs.Extractor.class,
        tags = {"context", "documentation", "api", "ai-readiness"},
        holds = "Public interfaces, abstract classes and cross-package types have Javadoc")
public final class UndocumentedPublicApi implements RepositoryRule {

    /**
     * A documented type is reported only when at least this many, and more than half, of its public methods lack
     * Javadoc: one self-explanatory method ({@code size()}) without a comment is not worth a finding.
     */
    static final int MIN_UNDOCUMENTED_METHODS = 2;
    /** Methods named in a message; the rest are counted. */
    private static final int LISTED_METHODS = 5;

    private record Candidate(RepoFile file, Set<String> typeNames) {
    }

    private record Report(Location location, String message) {
    }

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        DependencyGraph graph = context.dependencyGraph();
        Map<String, Set<String>> usingPackages = usingPackages(context, graph);
        Map<String, Set<String>> candidateTypesByPath = new HashMap<>();
        for (DependencyGraph.Node node : graph.nodes()) {
            if (node.origin() == DependencyGraph.Origin.INTERNAL && context.isProduction(node.path())
                    && (node.isAbstract() || usingPackages.containsKey(node.name()))) {
                candidateTypesByPath.computeIfAbsent(node.path(), path -> new TreeSet<>()).add(node.name());
            }
        }
        List<Candidate> candidates = candidateTypesByPath.entrySet().stream()
                .map(entry -> new Candidate(context.file(entry.getKey()).orElseThrow(), entry.getValue()))
                .sorted(Comparator.comparing(candidate -> candidate.file().path()))
                .toList();
        TypeHierarchy hierarchy = TypeHierarchy.of(context.sourceFacts(), context.typeIndex());
        candidates.parallelStream()
                .flatMap(candidate -> reports(context, candidate, usingPackages, hierarchy).stream())
                .sorted(Comparator.comparing(Report::location))
                .toList()
                .forEach(report -> sink.report(report.location(), report.message()));
    }

    /** For each type, the other internal packages whose production code uses it. */
    private static Map<String, Set<String>> usingPackages(RepositoryContext context, DependencyGraph graph) {
        Map<String, Set<String>> using = new HashMap<>();
        for (DependencyGraph.Edge edge : graph.edges()) {
            Optional<DependencyGraph.Node> from = graph.node(edge.from());
            Optional<DependencyGraph.Node> to = graph.node(edge.to());
            if (from.isPresent() && to.isPresent() && to.get().origin() == DependencyGraph.Origin.INTERNAL
                    && context.isProduction(edge.path())
                    && !from.get().packageName().equals(to.get().packageName())) {
                using.computeIfAbsent(edge.to(), name -> new TreeSet<>()).add(from.get().packageName());
            }
        }
        return using;
    }

    private static List<Report> reports(RepositoryContext context, Candidate candidate,
                                        Map<String, Set<String>> usingPackages, TypeHierarchy hierarchy) {
        String path = candidate.file().path();
        List<Report> reports = new ArrayList<>();
        for (ApiDocFacts type : context.sourceFacts().of(path).flatMap(facts -> facts.extracted(PublicTypeDocs.class))
                .map(PublicTypeDocs::types).orElse(List.of())) {
            if (!candidate.typeNames().contains(type.type())) {
                continue;
            }
            List<ApiDocFacts.ApiMethod> ownMethods = type.methods().stream()
                    .filter(method -> method.isStatic() || !hierarchy.inheritsFromRepository(type.type(),
                            method.name(), method.parameterTypes()))
                    .toList();
            List<String> undocumented = ownMethods.stream().filter(method -> !method.documented())
                    .map(ApiDocFacts.ApiMethod::signature).toList();
            if (!type.documented() || (undocumented.size() >= MIN_UNDOCUMENTED_METHODS
                    && undocumented.size() * 2 > ownMethods.size())) {
                ApiDocFacts.NamePosition name = type.name();
                Location location = Location.of(path,
                        new Region(name.line(), name.column(), name.endLine(), name.endColumn() + 1), type.symbol());
                reports.add(new Report(location, message(type, undocumented,
                        usingPackages.getOrDefault(type.type(), Set.of()).size())));
            }
        }
        return reports;
    }

    private static String message(ApiDocFacts type, List<String> undocumented, int usingPackageCount) {
        boolean typeDocumented = type.documented();
        StringBuilder message = new StringBuilder("Public ").append(type.kind()).append(" '")
                .append(type.simpleName()).append('\'');
        if (usingPackageCount > 0) {
            message.append(" (used from ").append(usingPackageCount)
                    .append(usingPackageCount == 1 ? " other package)" : " other packages)");
        }
        List<String> gaps = new ArrayList<>();
        if (!typeDocumented) {
            gaps.add("no Javadoc on the type");
        }
        if (!undocumented.isEmpty()) {
            String listed = String.join(", ", undocumented.subList(0, Math.min(LISTED_METHODS, undocumented.size())));
            int rest = undocumented.size() - LISTED_METHODS;
            gaps.add("no Javadoc on public method" + (undocumented.size() == 1 ? " " : "s ") + listed
                    + (rest > 0 ? " and " + rest + " more" : ""));
        }
        return message.append(" has ").append(String.join(" and ", gaps)).append(": say what it is for, what it "
                + "expects and returns, and what it throws, so agents use it by contract instead of by guess.")
                .toString();
    }
}

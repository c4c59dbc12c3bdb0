package dev.readiness.rules.modularity;

import dev.readiness.core.metrics.ClassDesign;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Region;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.source.FileFacts;
import dev.readiness.core.source.TypeInfo;
import java.util.List;

/** The plain classes (not records, enums, interfaces) of production files that the class-design rules judge. */
final class DesignCandidates {

    private DesignCandidates() {
    }

    /** In path order, then declaration order. */
    static List<TypeInfo> of(RepositoryContext context) {
        return context.sourceFacts().all().stream()
                .filter(facts -> isProduction(context, facts))
                .flatMap(facts -> facts.types().stream())
                .filter(type -> type.kind() == TypeInfo.Kind.CLASS)
                .toList();
    }

    /** A class and how Lanza and Marinescu's detection strategies judge it. */
    record Judged(TypeInfo type, ClassDesign.Assessment assessment) {
    }

    /** The candidates judged to be {@code verdict}, in the order of {@link #of}. */
    static List<Judged> withVerdict(RepositoryContext context, ClassDesign.Verdict verdict) {
        return of(context).stream()
                .map(type -> new Judged(type, ClassDesign.assess(type)))
                .filter(judged -> judged.assessment().verdict() == verdict)
                .toList();
    }

    /** The class name's line, so the finding survives edits to the class body. */
    static Location locationOf(TypeInfo type) {
        return Location.of(type.path(), Region.line(type.design().nameLine()), type.qualifiedName());
    }

    private static boolean isProduction(RepositoryContext context, FileFacts facts) {
        return !facts.isTestCode() && context.isProduction(facts.path());
    }
}

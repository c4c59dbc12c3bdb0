package dev.readiness.rules.testing;

import dev.readiness.core.repo.BuildModule;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.rule.Effort;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A build module with production Java code and no test code. Anchored on the module's build file, or on
 * its first production file when it has none. Files that declare no type (package-info.java, module-info.java)
 * are not code to test: a module of only those (its model generated at build time) is left alone.
 */
@RuleDefinition(
        id = "testing/module-without-tests",
        summary = "Build module has production Java code and no tests.",
        description = "Reports each Maven or Gradle module (or the source layout of a directory without a "
                + "build file) that holds production Java sources and no test Java sources at all, and whose "
                + "classes no test elsewhere exercises (tests kept in a sibling test module count). Nothing "
                + "checks a change to such a module: an agent's edit compiles and ships unverified.",
        level = Level.WARNING,
        effort = Effort.TESTS,
        precision = Precision.VERY_HIGH,
        scope = FileKind.PRODUCTION,
        tags = {"testing", "coverage", "ai-readiness"}
)
public final class ModuleWithoutTests implements RepositoryRule {

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        Map<String, List<RepoFile>> javaByModule = context.files().stream().filter(RepoFile::isJavaSource)
                .collect(Collectors.groupingBy(RepoFile::moduleDirectory, TreeMap::new, Collectors.toList()));
        javaByModule.forEach((module, files) -> {
            List<RepoFile> production = files.stream().filter(file -> file.kind() == FileKind.PRODUCTION)
                    .filter(file -> declaresTypes(context, file)).toList();
            boolean hasTests = files.stream().anyMatch(file -> file.kind() == FileKind.TEST);
            if (!production.isEmpty() && !hasTests && !testedElsewhere(context, production)) {
                sink.report(Location.ofLine(anchor(context, module, production), 1), "Module "
                        + describe(module) + " has " + production.size() + " production Java file"
                        + (production.size() == 1 ? "" : "s") + " and no tests: add tests under "
                        + (module.isEmpty() ? "" : module + "/") + "src/test/java that exercise its public classes, "
                        + "so changes to it are checked by the build.");
            }
        });
    }

    /** A file with a class, interface, enum or record to test: package-info.java and module-info.java have none. */
    private static boolean declaresTypes(RepositoryContext context, RepoFile file) {
        return context.sourceFacts().of(file.path()).map(facts -> !facts.types().isEmpty()).orElse(true);
    }

    /**
     * Tests of another module exercise one of its classes: a {@code core-test} or {@code core-testing} module, or
     * an aggregate test module, holds its tests (as log4j, javaparser and assertj lay them out).
     */
    private static boolean testedElsewhere(RepositoryContext context, List<RepoFile> production) {
        return production.stream().flatMap(file -> context.sourceFacts().of(file.path()).stream())
                .flatMap(facts -> facts.types().stream())
                .anyMatch(type -> context.testModel().isTested(type.qualifiedName()));
    }

    private static String anchor(RepositoryContext context, String module, List<RepoFile> production) {
        Optional<BuildModule> declared = context.modules().stream()
                .filter(candidate -> candidate.directory().equals(module) && !candidate.buildFile().isEmpty())
                .findFirst();
        return declared.map(BuildModule::buildFile).orElse(production.get(0).path());
    }

    private static String describe(String module) {
        return module.isEmpty() ? "at the repository root" : "'" + module + "'";
    }
}

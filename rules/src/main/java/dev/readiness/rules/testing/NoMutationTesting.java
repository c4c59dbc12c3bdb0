package dev.readiness.rules.testing;

import dev.readiness.core.evidence.TestEvidence;
import dev.readiness.core.repo.BuildModule;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.repo.WellKnownFiles;
import dev.readiness.core.rule.Effort;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RepositoryAnchors;
import dev.readiness.core.rule.Need;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleDefinition;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * No PIT mutation testing in the build: no {@code pitest-maven} / {@code org.pitest} plugin in the POM of any
 * module and no {@code info.solidsoft.pitest} / {@code pitest} plugin in any module's Gradle build file (build
 * files of test fixtures, which are no modules, do not count). Without it, nothing
 * tells whether the tests would notice a wrong change, which is exactly what agent-written code needs.
 */
@RuleDefinition(
        id = "testing/no-mutation-testing",
        summary = "The build has no mutation testing (PIT).",
        description = "Reports a repository with test code whose Maven or Gradle build configures no PIT "
                + "mutation testing (pitest-maven, org.pitest, info.solidsoft.pitest) and for which no PIT "
                + "report exists. Coverage only says that tests ran the code; mutation testing says whether "
                + "they would notice it being wrong, which is what protects against plausible agent edits.",
        level = Level.NOTE,
        effort = Effort.DOCUMENT,
        precision = Precision.HIGH,
        scope = FileKind.BUILD,
        needs = Need.BUILD_FILES,
        tags = {"testing", "mutation-testing", "ai-readiness"}
)
public final class NoMutationTesting implements RepositoryRule {

    private static final Pattern MAVEN_PIT = Pattern.compile("pitest-maven|<groupId>\\s*org\\.pitest\\s*</groupId>");
    private static final Pattern GRADLE_PIT = Pattern.compile(
            "info\\.solidsoft\\.pitest|\\bid\\s*\\(?\\s*['\"]pitest['\"]|apply\\s+plugin:\\s*['\"]pitest['\"]|\\bpitest\\s*\\{");
    /** Build files of test fixtures (sample projects under resources) configure no real build. */
    private static final Pattern FIXTURE = Pattern.compile("(^|/)src/[^/]+/resources/");
    private static final Pattern MAVEN_ANCHOR = Pattern.compile("^\\s*<(build|plugins)>");
    private static final Pattern GRADLE_ANCHOR = Pattern.compile("^\\s*plugins\\s*\\{");

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        List<RepoFile> buildFiles = context.modules().stream().map(BuildModule::buildFile)
                .filter(path -> !path.isEmpty()).sorted().map(context::file).flatMap(Optional::stream)
                .filter(file -> WellKnownFiles.isBuildFile(file) && !FIXTURE.matcher(file.path()).find()).toList();
        boolean hasTests = context.files().stream().anyMatch(file -> file.kind() == FileKind.TEST && file.isJava());
        boolean pitReport = context.testEvidence().map(TestEvidence::hasMutationData).orElse(false);
        if (buildFiles.isEmpty() || !hasTests || pitReport
                || buildFiles.stream().anyMatch(file -> configuresPit(context, file))) {
            return;
        }
        // about the build, so on the build file: the root one, else the first module's
        RepoFile anchor = RepositoryAnchors.buildFile(context).orElse(buildFiles.get(0));
        sink.report(Location.ofLine(anchor.path(), anchorLine(context, anchor)), "No mutation testing in the build: "
                + "add PIT (" + (anchor.fileName().equals("pom.xml") ? "the pitest-maven plugin"
                : "the info.solidsoft.pitest Gradle plugin") + ") so the tests are checked for catching wrong "
                + "changes, not only for running the code.");
    }

    private static boolean configuresPit(RepositoryContext context, RepoFile file) {
        Pattern pattern = file.fileName().equals("pom.xml") ? MAVEN_PIT : GRADLE_PIT;
        return context.readText(file).map(text -> pattern.matcher(text).find()).orElse(false);
    }

    /** The line of {@code <build>} (else {@code <plugins>}) in a POM, of {@code plugins {} in Gradle; else 1. */
    private static int anchorLine(RepositoryContext context, RepoFile file) {
        Pattern anchor = file.fileName().equals("pom.xml") ? MAVEN_ANCHOR : GRADLE_ANCHOR;
        String[] lines = context.readText(file).orElse("").split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (anchor.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return 1;
    }
}

package dev.readiness.rules.context;

import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.rule.Effort;
import dev.readiness.core.rule.DeclaredInactive;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RepositoryAnchors;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * No continuous integration, or CI that never builds or tests: nothing then checks an agent's pull
 * request before a human reads it.
 */
@RuleDefinition(
        id = "context/no-ci",
        summary = "No CI configuration, or CI that never runs the build or the tests.",
        description = "Reports a repository without CI configuration (GitHub Actions workflows, .gitlab-ci.yml, "
                + "Jenkinsfile, CircleCI, Azure Pipelines, Travis CI, Bitbucket Pipelines, Buildkite), on the "
                + "README or the build file; or whose CI files never run a build tool (mvn, ./mvnw, gradle, "
                + "./gradlew, npm, make, ...), directly or through a script, a reusable workflow or a composite "
                + "action of the repository they call, on the first CI file. Only a scan of the whole repository is judged.",
        level = Level.WARNING,
        effort = Effort.DOCUMENT,
        precision = Precision.HIGH,
        scope = FileKind.BUILD,
        tags = {"context", "ci", "ai-readiness"},
        holds = "CI builds the project")
public final class NoCi implements RepositoryRule {

    private static final Pattern CI_FILE = Pattern.compile("\\.github/workflows/[^/]+\\.ya?ml|\\.gitlab-ci\\.yml|Jenkinsfile"
            + "|\\.circleci/config\\.ya?ml|azure-pipelines\\.ya?ml|\\.travis\\.ya?ml|bitbucket-pipelines\\.ya?ml"
            + "|\\.buildkite/.+");
    /** A job that calls a reusable workflow: {@code uses: owner/repo/.github/workflows/build.yml@main} or a local one. */
    private static final Pattern REUSABLE_WORKFLOW = Pattern.compile(
            "(?m)^\\s*(?:-\\s*)?uses:\\s*[\"']?([^\\s@\"']*\\.github/workflows/[^\\s@\"']+)");
    /** A step that runs an action of this repository: {@code uses: ./.github/actions/maven-test}. */
    private static final Pattern LOCAL_ACTION = Pattern.compile(
            "(?m)^\\s*(?:-\\s*)?uses:\\s*[\"']?\\./(?!\\S*\\.github/workflows/)([^\\s@\"']+)");
    /** How many calls (workflow to workflow or action) are followed: enough for real CI, never a loop. */
    private static final int MAX_CALL_DEPTH = 3;
    private static final Pattern BUILDING_WORKFLOW_NAME = Pattern.compile(
            "(?i)(^|[-_.])(build|builds|test|tests|verify|check|checks|ci)([-_.]|$)");
    /**
     * A build tool run with arguments, also by its path ({@code ./apache-maven-3.9.15/bin/mvn verify}, as Wicket's CI
     * does) and with its arguments on the next lines ({@code ./gradlew \} then {@code -Pversion=... build}).
     */
    private static final Pattern BUILD_COMMAND = Pattern.compile("(?<![\\w.-])(?:\\./)?(?:mvnw|mvn|gradlew|gradle|npm"
            + "|yarn|pnpm|make|cargo|go|pytest|tox|bazel|sbt|dotnet|ant)(?:\\.cmd|\\.bat)?(?:\\s|\\\\(?=\\s))+[\\w-]");
    /** The JDK's compiler, often called by its path ({@code "$JAVA_HOME/bin/javac" -d bin ...}), as own build programs do. */
    private static final Pattern JAVAC = Pattern.compile("(?<![\\w.-])javac(?:\\.exe)?\"?\\s+[\\w-]");
    /** A step that changes directory before it calls a script: {@code cd h2} then {@code ./build.sh}. */
    private static final Pattern CHANGE_DIRECTORY = Pattern.compile("(?m)(?:^|[;&|]\\s*)\\s*cd\\s+([\\w.-]++(?:/[\\w.-]++)*+)/?\\s*(?:$|[;&])");
    /** Possessive: a greedy group repetition recurses once per segment in java.util.regex. */
    private static final Pattern SCRIPT = Pattern.compile("(?<![\\w/.-])(?:\\./)?([\\w.-]++(?:/[\\w.-]++)*+)");

    @Override
    public void check(RepositoryContext context, FindingSink findings) {
        FindingSink sink = DeclaredInactive.soften(context, findings);
        if (!context.scope().isEmpty()) {
            return;
        }
        List<RepoFile> ciFiles = context.files().stream().filter(file -> CI_FILE.matcher(file.path()).matches()).toList();
        if (ciFiles.isEmpty()) {
            RepositoryAnchors.forRepository(context).ifPresent(anchor -> sink.report(anchor, "No CI configuration in "
                    + "the repository: nothing it defines builds or tests a change before review, and a build server "
                    + "configured elsewhere is out of an agent's sight; add a workflow (e.g. .github/workflows/build.yml) "
                    + "that runs the build and the tests on every pull request."));
        } else if (ciFiles.stream().noneMatch(file -> runsBuild(context, file))) {
            sink.report(Location.ofLine(ciFiles.get(0).path(), 1), "CI is configured but no job runs the build or "
                    + "the tests: add a step that does (e.g. `./mvnw -B verify`), so every change is checked.",
                    ciFiles.subList(1, ciFiles.size()).stream()
                            .map(file -> Location.ofLine(file.path(), 1).withMessage("also runs no build")).toList());
        }
    }

    /**
     * The CI file runs a build tool itself, or through what of the repository it calls: a script, a local reusable
     * workflow or a local composite action ({@code uses: ./.github/actions/maven-test}, as Guice's CI does), followed
     * {@value #MAX_CALL_DEPTH} calls deep.
     */
    private static boolean runsBuild(RepositoryContext context, RepoFile ciFile) {
        return runsBuild(context, ciFile, context.readText(ciFile).orElse(""), MAX_CALL_DEPTH);
    }

    private static boolean runsBuild(RepositoryContext context, RepoFile file, String text, int depth) {
        if (BUILD_COMMAND.matcher(text).find() || JAVAC.matcher(text).find()) {
            return true;
        }
        if (depth == 0) {
            return false;
        }
        Matcher reusable = REUSABLE_WORKFLOW.matcher(text);
        while (reusable.find()) {
            String workflow = reusable.group(1);
            if (workflow.startsWith("./")) {
                if (callsBuild(context, file, context.file(workflow.substring(2)), depth)) {
                    return true;
                }
            } else if (BUILDING_WORKFLOW_NAME.matcher(workflow.substring(workflow.lastIndexOf('/') + 1)).find()) {
                return true; // a shared workflow of another repository, named for building or testing
            }
        }
        Matcher action = LOCAL_ACTION.matcher(text);
        while (action.find()) {
            String directory = action.group(1).replaceAll("/+$", "");
            Optional<RepoFile> definition = context.file(directory + "/action.yml")
                    .or(() -> context.file(directory + "/action.yaml"));
            if (callsBuild(context, file, definition, depth)) {
                return true;
            }
        }
        List<String> directories = new ArrayList<>(List.of(""));
        Matcher change = CHANGE_DIRECTORY.matcher(text);
        while (change.find()) {
            directories.add(change.group(1) + "/");
        }
        Matcher script = SCRIPT.matcher(text);
        while (script.find()) {
            String name = script.group(1);
            boolean builds = directories.stream()
                    .map(directory -> context.file(directory + name).filter(candidate -> !candidate.equals(file)))
                    .flatMap(Optional::stream).map(context::readText).flatMap(Optional::stream)
                    .anyMatch(body -> BUILD_COMMAND.matcher(body).find() || JAVAC.matcher(body).find());
            if (builds) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code called} (a workflow or action {@code caller} uses) runs a build, one call deeper. */
    private static boolean callsBuild(RepositoryContext context, RepoFile caller, Optional<RepoFile> called,
                                      int depth) {
        Optional<RepoFile> other = called.filter(file -> !file.equals(caller));
        return other.isPresent() && runsBuild(context, other.get(), context.readText(other.get()).orElse(""),
                depth - 1);
    }
}

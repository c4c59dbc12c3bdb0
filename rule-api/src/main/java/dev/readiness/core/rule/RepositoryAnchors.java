package dev.readiness.core.rule;

import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.repo.WellKnownFiles;
import java.util.List;
import java.util.Optional;

/**
 * Where a finding about the whole repository (or scanned directory) goes, the same for every rule: line 1 of
 * the README at the root of the scope, because it is what a reader, person or agent, opens first; else of
 * the root build file, which describes the project next; else of the first file at the root, else of the
 * first file in scope, so that such a finding is never lost. A finding about the build itself goes on the
 * build file instead ({@link #buildFile}), where the fix is made.
 */
public final class RepositoryAnchors {

    private RepositoryAnchors() {
    }

    /** Line 1 of the README, else of the build file, else of the first file; empty only with no files. */
    public static Optional<Location> forRepository(RepositoryContext context) {
        return readme(context)
                .or(() -> buildFile(context))
                .or(() -> context.rootFiles().stream().findFirst())
                .or(() -> context.files().stream().findFirst())
                .map(file -> Location.ofLine(file.path(), 1));
    }

    /** The first README at the root of the scope, in path order. */
    public static Optional<RepoFile> readme(RepositoryContext context) {
        return context.rootFiles().stream().filter(WellKnownFiles::isReadme).findFirst();
    }

    /**
     * The build file at the root of the scope, in the order of {@link WellKnownFiles#BUILD_FILES}; but where a pom
     * sits beside a Gradle build, the build whose wrapper is there alone is the one the project runs (picocli keeps
     * an old metadata pom beside its Gradle build and gradlew). A gradlew without its wrapper properties cannot run and
     * makes no build (Paho builds its Maven reactor; a stray gradlew and build.gradle sit beside it).
     */
    public static Optional<RepoFile> buildFile(RepositoryContext context) {
        List<RepoFile> atRoot = context.rootFiles();
        List<RepoFile> buildFiles = WellKnownFiles.BUILD_FILES.stream()
                .flatMap(name -> atRoot.stream().filter(file -> file.fileName().equals(name))).toList();
        boolean gradleWrapperAlone = atRoot.stream().filter(file -> file.fileName().equals("gradlew"))
                .anyMatch(gradlew -> context.file(gradlew.path().substring(0, gradlew.path().length() - "gradlew".length())
                        + "gradle/wrapper/gradle-wrapper.properties").isPresent())
                && atRoot.stream().noneMatch(file -> file.fileName().equals("mvnw"));
        return buildFiles.stream().filter(file -> !(gradleWrapperAlone && file.fileName().equals("pom.xml")))
                .findFirst().or(() -> buildFiles.stream().findFirst());
    }
}

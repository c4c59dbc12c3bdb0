package dev.readiness.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.config.ReadinessConfig;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.repo.RepositoryReader;
import dev.readiness.core.repo.RepositorySnapshot;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.RepositoryAnchors;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.source.SourceFacts;
import dev.readiness.core.testing.TestRepos;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Repository-level findings go on the README, else the build file, else some file; build findings on the build
 * file. In the engine's package to ask the scan's own {@link SnapshotContext}, over a real snapshot.
 */
class RepositoryAnchorsTest {

    @TempDir
    Path repository;

    @Test
    void theReadmeAtTheRootComesBeforeTheBuildFile() throws Exception {
        TestRepos.writeFiles(repository, Map.of("pom.xml", "<project/>\n", "build.gradle", "\n",
                "Readme.adoc", "= Demo\n", "docs/README.md", "# Docs\n", "LICENSE", "MIT\n"));

        assertThat(ask(repository, RepositoryAnchors::forRepository)).contains(Location.ofLine("Readme.adoc", 1));
        assertThat(ask(repository, RepositoryAnchors::readme).map(RepoFile::path)).contains("Readme.adoc");
        assertThat(ask(repository, RepositoryAnchors::buildFile).map(RepoFile::path)).contains("pom.xml");
    }

    @Test
    void aReStructuredTextReadmeIsTheReadme() throws Exception {
        // Apache POI's README.rst: without it, repository findings went to build.gradle
        TestRepos.writeFiles(repository, Map.of("README.rst", "Apache POI\n==========\n", "build.gradle", "\n"));

        assertThat(ask(repository, RepositoryAnchors::forRepository)).contains(Location.ofLine("README.rst", 1));
    }

    @Test
    void aPomBesideAGradleBuildWithItsWrapperAloneIsNotTheBuild() throws Exception {
        TestRepos.writeFiles(repository, Map.of("pom.xml", "<project/>\n", "build.gradle", "\n", "gradlew", "#!/bin/sh\n",
                "gradle/wrapper/gradle-wrapper.properties", "distributionUrl=gradle-8.14-bin.zip\n"));
        Path both = repository.resolve("both");
        TestRepos.writeFiles(both, Map.of("pom.xml", "<project/>\n", "build.gradle", "\n", "gradlew", "#!/bin/sh\n",
                "mvnw", "#!/bin/sh\n"));

        assertThat(ask(repository, RepositoryAnchors::buildFile).map(RepoFile::path)).contains("build.gradle");
        assertThat(ask(both, RepositoryAnchors::buildFile).map(RepoFile::path)).as("both wrappers: Maven first")
                .contains("pom.xml");
    }

    @Test
    void aGradlewWithoutItsWrapperPropertiesMakesNoBuildSoThePomIsTheBuild() throws Exception {
        // rewritten from Paho: a Maven reactor, with a stray gradlew and build.gradle beside it
        TestRepos.writeFiles(repository, Map.of("pom.xml", "<project><modules><module>client</module></modules></project>\n",
                "build.gradle", "plugins { id 'java' }\n", "gradlew", "#!/bin/sh\n"));

        assertThat(ask(repository, RepositoryAnchors::buildFile).map(RepoFile::path)).contains("pom.xml");
    }

    @Test
    void withoutAReadmeTheKotlinGradleScriptComesBeforeTheGroovyOne() throws Exception {
        TestRepos.writeFiles(repository, Map.of("build.gradle", "\n", "build.gradle.kts", "\n", "LICENSE", "MIT\n",
                "readme.html", "<p>not a README we read</p>\n"));

        assertThat(ask(repository, RepositoryAnchors::forRepository))
                .contains(Location.ofLine("build.gradle.kts", 1));
        assertThat(ask(repository, RepositoryAnchors::readme)).isEmpty();
    }

    @Test
    void withoutReadmeOrBuildFileTheFirstFileAtTheRootAndThenAnyFileServes() throws Exception {
        TestRepos.writeFiles(repository, Map.of("LICENSE", "MIT\n", "Pom.xml", "<project/>\n", "a/README.md", "# A\n"));
        Path nested = repository.resolve("nested");
        TestRepos.writeFiles(nested, Map.of("src/B.java", "class B {}\n"));

        assertThat(ask(repository, RepositoryAnchors::forRepository)).contains(Location.ofLine("LICENSE", 1));
        assertThat(ask(repository, RepositoryAnchors::buildFile)).as("build file names are case-sensitive").isEmpty();
        assertThat(ask(nested, RepositoryAnchors::forRepository)).contains(Location.ofLine("src/B.java", 1));
    }

    @Test
    void aScannedSubdirectoryIsAnchoredOnItsOwnFiles() throws Exception {
        try (Git git = TestRepos.init(repository)) {
            TestRepos.commitFiles(git, Map.of("README.md", "# Root\n", "service/pom.xml", "<project/>\n",
                    "service/src/main/java/A.java", "class A {}\n"), "first");
        }

        assertThat(ask(repository.resolve("service"), RepositoryAnchors::forRepository))
                .contains(Location.ofLine("service/pom.xml", 1));
    }

    /** What {@code question} answers about a scan of {@code directory}. */
    private static <T> Optional<T> ask(Path directory, Function<RepositoryContext, Optional<T>> question)
            throws Exception {
        try (RepositorySnapshot snapshot = RepositoryReader.open(directory)) {
            return question.apply(new SnapshotContext(snapshot, new SourceFacts(List.of()), null, null,
                    ReadinessConfig.EMPTY));
        }
    }
}

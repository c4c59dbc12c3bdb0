package dev.readiness.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.repo.RepositoryReader;
import dev.readiness.core.repo.RepositorySnapshot;
import dev.readiness.core.testing.TestRepos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportDiscoveryTest {

    @TempDir
    Path work;

    @Test
    void findsReportsInGitIgnoredBuildOutputOfEveryModule() throws Exception {
        Path repo = work.resolve("repo");
        try (Git git = TestRepos.init(repo)) {
            TestRepos.commitFiles(git, Map.of(".gitignore", "target/\nbuild/\n", "pom.xml", "<project/>",
                    "core/build.gradle", "plugins { id 'java' }"), "init");
        }
        Reports.copy("mutations.xml", repo.resolve("target/pit-reports/202406101200/mutations.xml"));
        Reports.copy("jacoco.xml", repo.resolve("target/site/jacoco/jacoco.xml"));
        Reports.copy("jacoco.xml", repo.resolve("core/build/reports/jacoco/test/jacocoTestReport.xml"));
        Reports.copy("mutations.xml", repo.resolve("core/build/reports/pitest/mutations.xml"));

        try (RepositorySnapshot snapshot = RepositoryReader.open(repo)) {
            assertThat(snapshot.files()).extracting(RepoFile::path).noneMatch(path -> path.contains("target/"));
            List<EvidenceReport> reports = ReportDiscovery.discover(snapshot.rootDirectory(), "", List.of("", "core"));

            assertThat(reports).extracting(r -> r.kind() + " " + r.moduleDirectory() + " "
                    + snapshot.rootDirectory().relativize(r.file())).containsExactly(
                    "PIT  target/pit-reports/202406101200/mutations.xml",
                    "JACOCO  target/site/jacoco/jacoco.xml",
                    "PIT core core/build/reports/pitest/mutations.xml",
                    "JACOCO core core/build/reports/jacoco/test/jacocoTestReport.xml");
        }
    }

    @Test
    void symbolicLinkOutOfTheRepositoryIsNotFollowed() throws Exception {
        Path outside = work.resolve("outside");
        Reports.copy("jacoco.xml", outside.resolve("site/jacoco/jacoco.xml"));
        Reports.copy("mutations.xml", outside.resolve("pit/mutations.xml"));
        Path repo = Files.createDirectories(work.resolve("repo"));
        Files.createDirectories(repo.resolve("target"));
        Files.createSymbolicLink(repo.resolve("target/site"), outside.resolve("site"));
        Files.createSymbolicLink(repo.resolve("target/pit-reports"), outside.resolve("pit"));
        Files.createDirectories(repo.resolve("build/reports/pitest"));
        Files.createSymbolicLink(repo.resolve("build/reports/pitest/mutations.xml"), outside.resolve("pit/mutations.xml"));

        assertThat(ReportDiscovery.discover(repo, "", List.of(""))).isEmpty();
    }

    @Test
    void newestOfSeveralTimestampedPitRunsIsUsed() throws Exception {
        Path older = Reports.copy("mutations.xml", work.resolve("target/pit-reports/202401010000/mutations.xml"));
        Path newer = Reports.copy("mutations.xml", work.resolve("target/pit-reports/202301010000/mutations.xml"));
        Files.setLastModifiedTime(older, FileTime.fromMillis(1_000_000L));
        Files.setLastModifiedTime(newer, FileTime.fromMillis(2_000_000L));

        assertThat(ReportDiscovery.discover(work, "", List.of())).extracting(EvidenceReport::file)
                .containsExactly(newer.toRealPath());
    }

    @Test
    void modulesOutsideTheScopeAreNotSearched() throws Exception {
        Reports.copy("jacoco.xml", work.resolve("app/target/site/jacoco/jacoco.xml"));
        Reports.copy("jacoco.xml", work.resolve("application/target/site/jacoco/jacoco.xml"));

        assertThat(ReportDiscovery.discover(work, "app", List.of("app", "application")))
                .extracting(EvidenceReport::moduleDirectory).containsExactly("app");
    }

    @Test
    void sampleProjectsUnderTestResourcesAreNotSearched() throws Exception {
        Reports.copy("jacoco.xml", work.resolve("rules/src/test/resources/samples/a/target/site/jacoco/jacoco.xml"));
        Reports.copy("jacoco.xml", work.resolve("rules/target/site/jacoco/jacoco.xml"));

        assertThat(ReportDiscovery.discover(work, "", List.of("rules", "rules/src/test/resources/samples/a")))
                .extracting(EvidenceReport::moduleDirectory).containsExactly("rules");
    }
}

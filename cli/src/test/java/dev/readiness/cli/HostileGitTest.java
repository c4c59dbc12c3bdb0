package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.testing.TestRepos;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan runs none of the repository's configured programs and writes nothing, neither into the repository
 * nor into the user's JGit configuration; odd repository shapes end in a clear line, not an internal error.
 */
@Timeout(180)
class HostileGitTest {

    @TempDir
    Path temp;

    @TempDir
    Path elsewhere;

    @Test
    void configuredFiltersAndFsmonitorNeverRunInAScanOrAPullRequestScan() throws Exception {
        Path repository = repository(temp.resolve("repo"));
        Path marker = elsewhere.resolve("program-ran");
        try (Git git = Git.open(repository.toFile())) {
            TestRepos.commitFiles(git, Map.of(".gitattributes", "*.java filter=probe\n"), "attributes");
            StoredConfig config = git.getRepository().getConfig();
            config.setString("filter", "probe", "clean", "touch " + marker + "; cat");
            config.setString("filter", "probe", "smudge", "touch " + marker + "; cat");
            config.setString("filter", "probe", "process", "touch " + marker);
            config.setString("core", null, "fsmonitor", "touch " + marker);
            config.save();
        }
        TestRepos.writeFiles(repository, Map.of("src/main/java/shop/Cart.java",
                "package shop;\n\npublic class Cart {\n    int total(int price) {\n        return price + 2;\n    }\n}\n",
                "src/main/java/shop/Order.java", "package shop;\n\nclass Order {\n}\n"));

        CliRun scan = CliRun.of("scan", repository.toString(), "--no-cache");
        CliRun pullRequest = CliRun.of("scan", repository.toString(), "--no-cache", "--new-since", "HEAD~1");

        assertThat(List.of(scan, pullRequest)).extracting(CliRun::exitCode).containsOnly(ExitCode.OK);
        assertThat(marker).doesNotExist();
    }

    @Test
    void aScanWritesNeitherIntoTheGitDirectoryNorIntoTheUsersJgitConfiguration() throws Exception {
        Path repository = repository(temp.resolve("repo"));
        TestRepos.writeFiles(repository, Map.of("src/main/java/shop/Cart.java", "package shop;\n\nclass Cart {\n}\n"));
        Path home = Files.createDirectories(elsewhere.resolve("home"));
        List<String> created;
        CliRun scan;
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            repository.resolve(".git").register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
            // a fresh JVM: JGit measures a file system once per process, then caches it
            scan = CliProcess.run(elsewhere.resolve("process"), List.of("-Duser.home=" + home), "scan",
                    repository.toString(), "--no-cache");
            created = createdEntries(watcher);
        }

        assertThat(scan.exitCode()).as(scan.err()).isZero();
        assertThat(created).as("entries created in .git during the scan").isEmpty();
        try (Stream<Path> written = Files.walk(home)) {
            assertThat(written.map(home::relativize).map(Path::toString)).containsExactly("");
        }
    }

    @Test
    void aWorkTreeWhoseGitDirectoryLivesElsewhereScansLikeAnyRepository() throws Exception {
        Path workTree = Files.createDirectories(temp.resolve("work"));
        Path gitDirectory = elsewhere.resolve("separate.git");
        try (Git git = Git.init().setDirectory(workTree.toFile()).setGitDir(gitDirectory.toFile())
                .setInitialBranch(TestRepos.BRANCH).call()) {
            TestRepos.commitFiles(git, Map.of("src/main/java/shop/Cart.java", "package shop;\n\nclass Cart {\n}\n"),
                    "initial");
        }
        assertThat(workTree.resolve(".git")).isRegularFile();

        CliRun run = CliRun.of("scan", workTree.toString(), "--no-cache");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("Repo Readiness ").contains("work @ main ");
    }

    @Test
    void anUnreadableRepositoryConfigurationIsAnInputErrorNamingIt() throws Exception {
        Path malformed = repository(temp.resolve("malformed"));
        Files.writeString(malformed.resolve(".git/config"), "[core\n", java.nio.file.StandardOpenOption.APPEND);
        Path including = repository(temp.resolve("including"));
        Files.writeString(including.resolve(".git/config"), "[include]\n\tpath = /etc/passwd\n",
                java.nio.file.StandardOpenOption.APPEND);

        CliRun bad = CliRun.of("scan", malformed.toString(), "--no-cache");
        CliRun include = CliRun.of("scan", including.toString(), "--no-cache");

        assertThat(List.of(bad, include)).extracting(CliRun::exitCode).containsOnly(ExitCode.USAGE_ERROR);
        assertThat(bad.err().strip()).isEqualTo("readiness: cannot read the repository configuration: Cannot read "
                + "file " + malformed.resolve(".git/config") + " (Bad section entry: core)");
        assertThat(include.err()).startsWith("readiness: cannot read the repository configuration: ")
                .doesNotContain("internal error").doesNotContain("root:");
    }

    @Test
    void aFifoAmongTheGitFilesIsRefusedInsteadOfBlockingJgit() throws Exception {
        Path repository = repository(temp.resolve("repo"));
        Files.delete(repository.resolve(".git/index"));
        Process mkfifo = new ProcessBuilder("mkfifo", repository.resolve(".git/index").toString()).start();
        org.assertj.core.api.Assumptions.assumeThat(mkfifo.waitFor()).as("mkfifo is available").isZero();

        CliRun run = CliRun.of("scan", repository.toString(), "--no-cache");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run.err()).contains(repository.resolve(".git/index") + " is a FIFO, device or socket");
    }

    private static Path repository(Path root) {
        try (Git git = TestRepos.init(root)) {
            TestRepos.commitFiles(git, Map.of("src/main/java/shop/Cart.java",
                    "package shop;\n\npublic class Cart {\n    int total(int price) {\n        return price + 1;\n"
                            + "    }\n}\n"), "initial");
        }
        return root;
    }

    /** What the watcher saw created, once the scan's process has ended. */
    private static List<String> createdEntries(WatchService watcher) {
        return Stream.generate(watcher::poll).takeWhile(Objects::nonNull)
                .flatMap(key -> key.pollEvents().stream()).map(WatchEvent::context).map(Object::toString).toList();
    }
}

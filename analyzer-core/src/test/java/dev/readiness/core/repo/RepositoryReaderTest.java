package dev.readiness.core.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.readiness.core.testing.SampleRepository;
import dev.readiness.core.testing.TestRepos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryReaderTest {

    @TempDir
    Path tmp;

    @Test
    void workTreeListingHonoursGitignoreButKeepsTrackedAndUntrackedFiles() throws Exception {
        Path root = tmp.resolve("repo");
        try (Git git = TestRepos.init(root)) {
            TestRepos.commitFiles(git, Map.of(
                    "README.md", "# Demo\n",
                    "src/main/java/App.java", "class App {}\n",
                    "config/local.properties", "tracked=yes\n"), "initial");
            // ignored from now on, but already tracked: must stay listed
            TestRepos.commitFiles(git, Map.of(".gitignore", "*.log\nbuild/\nconfig/local.properties\n"), "ignore");
        }
        TestRepos.writeFiles(root, Map.of(
                "debug.log", "ignored\n",
                "build/out/Generated.java", "class Generated {}\n",
                "src/main/java/New.java", "class New {}\n",
                "notes.txt", "untracked\n"));

        try (RepositorySnapshot snapshot = RepositoryReader.open(root)) {
            assertThat(paths(snapshot)).containsExactly(".gitignore", "README.md", "config/local.properties",
                    "notes.txt", "src/main/java/App.java", "src/main/java/New.java");
            assertThat(snapshot.scope()).isEmpty();
            assertThat(snapshot.displayName()).isEqualTo("repo");
            assertThat(snapshot.gitState().hasHistory()).isTrue();
            assertThat(snapshot.gitState().branch()).isEqualTo("main");
            assertThat(snapshot.gitState().detached()).isFalse();
            assertThat(snapshot.gitState().shallow()).isFalse();
            assertThat(snapshot.repository()).isPresent();
            RepoFile app = snapshot.file("src/main/java/App.java").orElseThrow();
            assertThat(app.size()).isEqualTo("class App {}\n".length());
            assertThat(app.treeBlobId()).as("an unmodified tracked file has its index id")
                    .isEqualTo(TestRepos.blobId("class App {}\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(snapshot.read(app).bytes()).asString(StandardCharsets.UTF_8).isEqualTo("class App {}\n");
        }
    }

    @Test
    void theListingHonoursIgnoreRulesExactlyAsGitDoes() throws Exception {
        Path root = tmp.resolve("repo");
        try (Git git = TestRepos.init(root)) {
            TestRepos.commitFiles(git, Map.of("sub/tracked.gen", "tracked, then ignored\n"), "initial");
        }
        TestRepos.writeFiles(root, Map.ofEntries(
                Map.entry(".gitignore", "*.log\n!important.log\n/build/\ntarget\ndocs/**/*.tmp\n"),
                Map.entry("sub/.gitignore", "local.txt\n/only-here.txt\n*.gen\n!keep.gen\n"),
                Map.entry("sub/deeper/.gitignore", "!local.txt\n"),
                Map.entry(".git/info/exclude", "private-notes.md\n"),
                Map.entry("a.log", "x\n"), Map.entry("important.log", "x\n"), Map.entry("build/X.java", "x\n"),
                Map.entry("sub/build/Y.java", "x\n"), Map.entry("target/z.txt", "x\n"),
                Map.entry("sub/target/w.txt", "x\n"), Map.entry("docs/a/b/c.tmp", "x\n"), Map.entry("docs/c.tmp", "x\n"),
                Map.entry("docs/readme.md", "x\n"), Map.entry("sub/local.txt", "x\n"),
                Map.entry("sub/deeper/local.txt", "x\n"), Map.entry("sub/only-here.txt", "x\n"),
                Map.entry("sub/deeper/only-here.txt", "x\n"), Map.entry("sub/x.gen", "x\n"),
                Map.entry("sub/keep.gen", "x\n"), Map.entry("private-notes.md", "x\n"),
                Map.entry("src/Main.java", "x\n")));
        List<String> gitSays = gitLsFiles(root);

        try (RepositorySnapshot snapshot = RepositoryReader.open(root)) {
            assertThat(paths(snapshot)).isEqualTo(gitSays).contains("sub/tracked.gen", "sub/deeper/local.txt",
                    "important.log", "sub/build/Y.java").doesNotContain("sub/local.txt", "docs/a/b/c.tmp");
        }
    }

    @Test
    void gitStateReportsTheHeadCommitItsTimeAndBranch() throws Exception {
        Path root = tmp.resolve("repo");
        RevCommit second;
        try (Git git = TestRepos.init(root)) {
            TestRepos.commitFiles(git, Map.of("a.txt", "a\n"), "one");
            git.branchCreate().setName("feature/x").call();
            git.checkout().setName("feature/x").call();
            second = TestRepos.commitFiles(git, Map.of("b.txt", "b\n"), "two",
                    TestRepos.ident("Dev", "dev@example.com", "2025-06-01T12:30:00Z"));
        }
        try (RepositorySnapshot snapshot = RepositoryReader.open(root)) {
            GitState state = snapshot.gitState();
            assertThat(state.availability()).isEqualTo(GitState.HistoryAvailability.AVAILABLE);
            assertThat(state.headCommit()).isEqualTo(second.getName());
            assertThat(state.headCommitTime()).isEqualTo(Instant.parse("2025-06-01T12:30:00Z"));
            assertThat(state.branch()).isEqualTo("feature/x");
        }
    }

    @Test
    void aSubdirectoryRestrictsTheScanAndKeepsRepositoryRelativePaths() throws Exception {
        Path root = tmp.resolve("repo");
        try (Git git = TestRepos.init(root)) {
            TestRepos.commitFiles(git, Map.of(
                    "pom.xml", "<project/>\n",
                    "core/pom.xml", "<project/>\n",
                    "core/src/main/java/a/A.java", "package a; class A {}\n",
                    "core/src/test/java/a/ATest.java", "package a; class ATest {}\n",
                    "core-extras/src/main/java/b/B.java", "package b; class B {}\n",
                    "web/src/main/java/c/C.java", "package c; class C {}\n"), "initial");
        }
        TestRepos.writeFiles(root, Map.of("core/untracked.txt", "new\n", "web/untracked.txt", "new\n"));

        try (RepositorySnapshot snapshot = RepositoryReader.open(root.resolve("core"))) {
            assertThat(snapshot.scope()).isEqualTo("core");
            assertThat(snapshot.displayName()).isEqualTo("core");
            assertThat(paths(snapshot)).containsExactly("core/pom.xml", "core/src/main/java/a/A.java",
                    "core/src/test/java/a/ATest.java", "core/untracked.txt");
            assertThat(snapshot.gitState().hasHistory()).isTrue();
            RepoFile a = snapshot.file("core/src/main/java/a/A.java").orElseThrow();
            assertThat(a.kind()).isEqualTo(FileKind.PRODUCTION);
            assertThat(a.moduleDirectory()).isEqualTo("core");
            assertThat(snapshot.read(a).bytes()).asString(StandardCharsets.UTF_8).isEqualTo("package a; class A {}\n");
            assertThat(snapshot.modules()).extracting(BuildModule::directory).containsExactly("core");
        }
        try (RepositorySnapshot snapshot = RepositoryReader.open(root.resolve("core/src/test"))) {
            assertThat(snapshot.scope()).isEqualTo("core/src/test");
            assertThat(paths(snapshot)).containsExactly("core/src/test/java/a/ATest.java");
            assertThat(snapshot.file("core/src/test/java/a/ATest.java").orElseThrow().kind()).isEqualTo(FileKind.TEST);
        }
    }

    @Test
    void aSubdirectoryOfTheMaterialisedSampleIsScopedToo() throws Exception {
        Path root = SampleRepository.materialize("legacy-shop", tmp.resolve("legacy-shop"));
        try (RepositorySnapshot whole = RepositoryReader.open(root);
             RepositorySnapshot tests = RepositoryReader.open(root.resolve("src/test"))) {
            assertThat(paths(whole)).containsExactlyElementsOf(
                    SampleRepository.sampleFiles(SampleRepository.sampleDir("legacy-shop")).keySet());
            assertThat(whole.modules()).singleElement().satisfies(module -> {
                assertThat(module.directory()).isEmpty();
                assertThat(module.tool()).isEqualTo(BuildModule.BuildTool.MAVEN);
                assertThat(module.mainSourceRoots()).containsExactly("src/main/java");
                assertThat(module.testSourceRoots()).containsExactly("src/test/java");
            });
            assertThat(tests.scope()).isEqualTo("src/test");
            assertThat(paths(tests)).containsExactly(
                    "src/test/java/com/example/shop/service/OrderServiceTest.java",
                    "src/test/java/com/example/shop/service/PricingServiceTest.java");
            assertThat(tests.files()).allSatisfy(file -> assertThat(file.kind()).isEqualTo(FileKind.TEST));
        }
    }

    @Test
    void aBareRepositoryListsTheTreeOfHead() throws Exception {
        Path origin = tmp.resolve("origin");
        Path bare = tmp.resolve("shop.git");
        try (Git git = TestRepos.init(origin)) {
            TestRepos.commitFiles(git, Map.of("README.md", "# Shop\n", "src/main/java/A.java", "class A {}\n",
                    "old.txt", "old\n"), "one");
            TestRepos.deleteFiles(git, "drop old", "old.txt");
            TestRepos.commitFiles(git, Map.of("src/main/java/A.java", "class A { int x; }\n"), "two");
        }
        TestRepos.writeFiles(origin, Map.of("uncommitted.txt", "not in HEAD\n"));
        Git.cloneRepository().setURI(origin.toUri().toString()).setDirectory(bare.toFile()).setBare(true).call().close();

        SortedMap<String, String> headTree;
        String head;
        try (Git git = Git.open(bare.toFile())) {
            headTree = TestRepos.headTree(git.getRepository());
            head = git.getRepository().resolve(Constants.HEAD).getName();
        }
        assertThat(headTree).containsOnlyKeys("README.md", "src/main/java/A.java");

        try (RepositorySnapshot snapshot = RepositoryReader.open(bare)) {
            assertThat(snapshot.displayName()).isEqualTo("shop");
            assertThat(snapshot.gitState().headCommit()).isEqualTo(head);
            assertThat(snapshot.gitState().branch()).isEqualTo("main");
            SortedMap<String, String> listed = new TreeMap<>();
            snapshot.files().forEach(file -> listed.put(file.path(), file.treeBlobId()));
            assertThat(listed).isEqualTo(headTree);
            RepoFile a = snapshot.file("src/main/java/A.java").orElseThrow();
            assertThat(a.size()).isEqualTo("class A { int x; }\n".length());
            FileContent content = snapshot.read(a);
            assertThat(content.bytes()).asString(StandardCharsets.UTF_8).isEqualTo("class A { int x; }\n");
            assertThat(content.blobId()).isEqualTo(headTree.get("src/main/java/A.java"))
                    .isEqualTo(TestRepos.blobId(content.bytes()));
        }
    }

    @Test
    void anOlderCommitIsReadFromGitObjectsAloneWithItsOwnFilesAndAMissingBlobIsSkipped() throws Exception {
        Path root = tmp.resolve("repo");
        RevCommit first;
        try (Git git = TestRepos.init(root)) {
            first = TestRepos.commitFiles(git, Map.of("src/main/java/A.java", "class A {}\n",
                    "docs/big.bin", "large asset\n"), "First");
            TestRepos.commitFiles(git, Map.of("src/main/java/B.java", "class B {}\n"), "Second");
        }
        // what a partial clone (--filter=blob:none) lacks: a blob the tree names
        String blob = TestRepos.blobId("large asset\n".getBytes(StandardCharsets.UTF_8));
        Files.delete(root.resolve(".git/objects/" + blob.substring(0, 2) + "/" + blob.substring(2)));
        Files.writeString(root.resolve("src/main/java/A.java"), "class A { int edited; }\n");

        try (RepositorySnapshot snapshot = RepositoryReader.openAt(root, first.name())) {
            assertThat(snapshot.files()).extracting(RepoFile::path).containsExactly("src/main/java/A.java");
            assertThat(new String(snapshot.read(snapshot.file("src/main/java/A.java").orElseThrow()).bytes(),
                    StandardCharsets.UTF_8)).isEqualTo("class A {}\n");
            assertThat(snapshot.commitTree()).contains(first.name());
            assertThat(snapshot.gitState().headCommit()).isEqualTo(first.name());
            assertThat(snapshot.skippedEntries()).singleElement().asString().contains("docs/big.bin")
                    .contains("not in the Git object database");
        }
    }

    @Test
    void anEmptyBareRepositoryIsAClearError() throws Exception {
        Path bare = tmp.resolve("empty.git");
        Git.init().setDirectory(bare.toFile()).setBare(true).call().close();
        assertThatThrownBy(() -> RepositoryReader.open(bare))
                .isInstanceOf(ScanInputException.class)
                .hasMessageContaining("empty bare Git repository");
    }

    @Test
    void aPlainDirectoryHasFilesButNoHistory() throws Exception {
        Path root = tmp.resolve("plain");
        TestRepos.writeFiles(root, Map.of("pom.xml", "<project/>\n", "src/main/java/A.java", "class A {}\n",
                "README.md", "# Plain\n"));
        try (RepositorySnapshot snapshot = RepositoryReader.open(root)) {
            assertThat(paths(snapshot)).containsExactly("README.md", "pom.xml", "src/main/java/A.java");
            assertThat(snapshot.gitState().availability()).isEqualTo(GitState.HistoryAvailability.NOT_A_GIT_REPOSITORY);
            assertThat(snapshot.gitState().hasHistory()).isFalse();
            assertThat(snapshot.gitState().detached()).isFalse();
            assertThat(snapshot.gitState().headCommit()).isNull();
            assertThat(snapshot.repository()).isEmpty();
            assertThat(snapshot.scope()).isEmpty();
            assertThat(snapshot.modules()).extracting(BuildModule::directory).containsExactly("");
            FileContent content = snapshot.read(snapshot.file("src/main/java/A.java").orElseThrow());
            assertThat(content.blobId()).isEqualTo(TestRepos.blobId("class A {}\n".getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void anEmptyPlainDirectoryIsAClearError() {
        Path root = tmp.resolve("nothing");
        assertThat(root.toFile().mkdirs()).isTrue();
        assertThatThrownBy(() -> RepositoryReader.open(root))
                .isInstanceOf(ScanInputException.class)
                .hasMessageContaining(root.getFileName().toString())
                .hasMessageContaining("no files");
    }

    @Test
    void anEmptyRepositoryIsAClearError() {
        Path root = tmp.resolve("empty");
        TestRepos.init(root).close();
        assertThatThrownBy(() -> RepositoryReader.open(root))
                .isInstanceOf(ScanInputException.class)
                .hasMessageContaining("empty Git repository (no commits, no files)")
                .hasMessageContaining("nothing to analyse");
    }

    @Test
    void aRepositoryWithFilesButNoCommitsHasNoHistory() throws Exception {
        Path root = tmp.resolve("fresh");
        TestRepos.init(root).close();
        TestRepos.writeFiles(root, Map.of("A.java", "class A {}\n"));
        try (RepositorySnapshot snapshot = RepositoryReader.open(root)) {
            assertThat(paths(snapshot)).containsExactly("A.java");
            assertThat(snapshot.gitState().availability()).isEqualTo(GitState.HistoryAvailability.NO_COMMITS);
            assertThat(snapshot.gitState().detached()).isFalse();
        }
    }

    @Test
    void aDetachedHeadHasNoBranch() throws Exception {
        Path root = tmp.resolve("repo");
        RevCommit first;
        try (Git git = TestRepos.init(root)) {
            first = TestRepos.commitFiles(git, Map.of("a.txt", "a\n"), "one");
            TestRepos.commitFiles(git, Map.of("b.txt", "b\n"), "two");
            git.checkout().setName(first.getName()).call();
        }
        try (RepositorySnapshot snapshot = RepositoryReader.open(root)) {
            assertThat(snapshot.gitState().branch()).isNull();
            assertThat(snapshot.gitState().detached()).isTrue();
            assertThat(snapshot.gitState().headCommit()).isEqualTo(first.getName());
            assertThat(paths(snapshot)).containsExactly("a.txt");
        }
    }

    @Test
    void symbolicLinksAreListedAsSkippedAndNeverFollowed() throws Exception {
        Path outside = tmp.resolve("outside");
        TestRepos.writeFiles(outside, Map.of("secret.txt", "outside the repository\n"));
        Path root = tmp.resolve("repo");
        try (Git git = TestRepos.init(root)) {
            TestRepos.commitFiles(git, Map.of("README.md", "# Links\n", "docs/guide.md", "guide\n"), "one");
        }
        createLinkOrSkip(root.resolve("readme-link.md"), Path.of("README.md"));
        Files.createSymbolicLink(root.resolve("docs/outside-dir"), outside);
        Files.createSymbolicLink(root.resolve("dangling.txt"), Path.of("does-not-exist.txt"));

        try (RepositorySnapshot snapshot = RepositoryReader.open(root)) {
            assertThat(paths(snapshot)).containsExactly("README.md", "docs/guide.md");
            assertThat(snapshot.skippedEntries()).containsExactlyInAnyOrder(
                    "readme-link.md: symbolic link, not followed",
                    "docs/outside-dir: symbolic link, not followed",
                    "dangling.txt: symbolic link, not followed");
        }
        // the same in a plain directory
        Path plain = tmp.resolve("plain");
        TestRepos.writeFiles(plain, Map.of("A.java", "class A {}\n"));
        Files.createSymbolicLink(plain.resolve("linked"), outside);
        try (RepositorySnapshot snapshot = RepositoryReader.open(plain)) {
            assertThat(paths(snapshot)).containsExactly("A.java");
            assertThat(snapshot.skippedEntries()).containsExactly("linked: symbolic link, not followed");
        }
    }

    @Test
    void aCommittedSymbolicLinkInABareRepositoryIsSkipped() throws Exception {
        Path origin = tmp.resolve("origin");
        try (Git git = TestRepos.init(origin)) {
            TestRepos.writeFiles(origin, Map.of("README.md", "# x\n"));
            createLinkOrSkip(origin.resolve("link.md"), Path.of("README.md"));
            git.add().addFilepattern(".").call();
            git.commit().setMessage("with link").setSign(false).setAuthor(TestRepos.DEFAULT_AUTHOR)
                    .setCommitter(TestRepos.DEFAULT_AUTHOR).call();
        }
        Path bare = tmp.resolve("links.git");
        Git.cloneRepository().setURI(origin.toUri().toString()).setDirectory(bare.toFile()).setBare(true).call().close();
        try (RepositorySnapshot snapshot = RepositoryReader.open(bare)) {
            assertThat(paths(snapshot)).containsExactly("README.md");
            assertThat(snapshot.skippedEntries()).containsExactly("link.md: symbolic link, not followed");
        }
    }

    @Test
    void detectsModulesAndAssignsFilesToTheDeepestOne() throws Exception {
        Path root = tmp.resolve("multi");
        try (Git git = TestRepos.init(root)) {
            TestRepos.commitFiles(git, Map.of(
                    "pom.xml", "<project/>\n",
                    "README.md", "# Multi\n",
                    "app/pom.xml", "<project/>\n",
                    "app/src/main/java/app/App.java", "package app; class App {}\n",
                    "app/src/test/java/app/AppTest.java", "package app; class AppTest {}\n",
                    "lib/pom.xml", "<project/>\n",
                    "lib/src/main/java/lib/Lib.java", "package lib; class Lib {}\n",
                    "libs/notes.txt", "not in module lib\n"), "modules");
        }
        try (RepositorySnapshot snapshot = RepositoryReader.open(root)) {
            assertThat(snapshot.modules()).containsExactly(
                    new BuildModule("", "pom.xml", BuildModule.BuildTool.MAVEN, List.of(), List.of()),
                    new BuildModule("app", "app/pom.xml", BuildModule.BuildTool.MAVEN,
                            List.of("app/src/main/java"), List.of("app/src/test/java")),
                    new BuildModule("lib", "lib/pom.xml", BuildModule.BuildTool.MAVEN,
                            List.of("lib/src/main/java"), List.of()));
            assertThat(module(snapshot, "README.md")).isEmpty();
            assertThat(module(snapshot, "pom.xml")).isEmpty();
            assertThat(module(snapshot, "app/pom.xml")).isEqualTo("app");
            assertThat(module(snapshot, "app/src/main/java/app/App.java")).isEqualTo("app");
            assertThat(module(snapshot, "app/src/test/java/app/AppTest.java")).isEqualTo("app");
            assertThat(module(snapshot, "lib/src/main/java/lib/Lib.java")).isEqualTo("lib");
            assertThat(module(snapshot, "libs/notes.txt")).as("a sibling with a longer name is not inside lib").isEmpty();
            assertThat(snapshot.modules().get(0).displayName()).isEqualTo("(root)");
            assertThat(snapshot.modules().get(1).displayName()).isEqualTo("app");
        }
    }

    @Test
    void aWorkTreeBlobIdIsTheGitHashObjectOfTheBytesAndMatchesTheIndex() throws Exception {
        Path root = tmp.resolve("repo");
        String text = "line one\nline two\n";
        try (Git git = TestRepos.init(root)) {
            TestRepos.commitFiles(git, Map.of("same.txt", text, "changed.txt", "before\n"), "one");
        }
        TestRepos.writeFiles(root, Map.of("changed.txt", "after\n"));
        try (RepositorySnapshot snapshot = RepositoryReader.open(root); Git git = Git.open(root.toFile())) {
            var index = git.getRepository().readDirCache();
            FileContent same = snapshot.read(snapshot.file("same.txt").orElseThrow());
            assertThat(same.blobId())
                    .isEqualTo(index.getEntry("same.txt").getObjectId().name())
                    .isEqualTo(TestRepos.blobId(text.getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo(gitHashObject(text));
            FileContent changed = snapshot.read(snapshot.file("changed.txt").orElseThrow());
            assertThat(changed.blobId())
                    .isEqualTo(TestRepos.blobId("after\n".getBytes(StandardCharsets.UTF_8)))
                    .isNotEqualTo(index.getEntry("changed.txt").getObjectId().name());
        }
    }

    @Test
    void aTrackedFileDeletedFromTheWorkTreeIsNotListed() throws Exception {
        Path root = tmp.resolve("repo");
        try (Git git = TestRepos.init(root)) {
            TestRepos.commitFiles(git, Map.of("keep.txt", "k\n", "gone.txt", "g\n"), "one");
        }
        Files.delete(root.resolve("gone.txt"));
        try (RepositorySnapshot snapshot = RepositoryReader.open(root)) {
            assertThat(paths(snapshot)).containsExactly("keep.txt");
        }
    }

    @Test
    void aSubmoduleIsListedAsSkipped() throws Exception {
        Path other = tmp.resolve("other");
        try (Git git = TestRepos.init(other)) {
            TestRepos.commitFiles(git, Map.of("Lib.java", "class Lib {}\n"), "lib");
        }
        Path root = tmp.resolve("repo");
        try (Git git = TestRepos.init(root)) {
            TestRepos.commitFiles(git, Map.of("A.java", "class A {}\n"), "one");
            git.submoduleAdd().setURI(other.toUri().toString()).setPath("vendor/lib").call().close();
            git.commit().setMessage("add submodule").setSign(false).setAuthor(TestRepos.DEFAULT_AUTHOR)
                    .setCommitter(TestRepos.DEFAULT_AUTHOR).call();
        }
        assertThat(root.resolve("vendor/lib/Lib.java")).exists();
        try (RepositorySnapshot snapshot = RepositoryReader.open(root)) {
            assertThat(paths(snapshot)).containsExactly(".gitmodules", "A.java");
            assertThat(snapshot.skippedEntries()).containsExactly("vendor/lib: submodule, not scanned");
        }
    }

    @Test
    void aLinkedWorktreeIsReadWithItsOwnBranchAndIndex() throws Exception {
        Path root = tmp.resolve("repo");
        try (Git git = TestRepos.init(root)) {
            TestRepos.commitFiles(git, Map.of("a.txt", "a\n"), "one");
        }
        Path linked = tmp.resolve("linked");
        assumeThat(run(root, "git", "worktree", "add", "-b", "topic", linked.toString())).as("git CLI available").isZero();
        TestRepos.writeFiles(linked, Map.of("b.txt", "b\n"));
        try (RepositorySnapshot snapshot = RepositoryReader.open(linked)) {
            assertThat(paths(snapshot)).containsExactly("a.txt", "b.txt");
            assertThat(snapshot.gitState().branch()).isEqualTo("topic");
            assertThat(snapshot.scope()).isEmpty();
            assertThat(snapshot.read(snapshot.file("b.txt").orElseThrow()).bytes()).asString().isEqualTo("b\n");
        }
        try (RepositorySnapshot snapshot = RepositoryReader.open(root)) {
            assertThat(paths(snapshot)).containsExactly("a.txt");
            assertThat(snapshot.gitState().branch()).isEqualTo("main");
        }
    }

    @Test
    void aWorkTreeBlobIdAppliesGitsCleanConversionLikeGitHashObject() throws Exception {
        Path root = tmp.resolve("repo");
        try (Git git = TestRepos.init(root)) {
            TestRepos.commitFiles(git, Map.of("b.txt", "x\ny\n"), "one");
            var config = git.getRepository().getConfig();
            config.setBoolean("core", null, "autocrlf", true);
            config.save();
        }
        Files.writeString(root.resolve("b.txt"), "x\r\ny\r\n"); // what a Windows checkout holds
        try (RepositorySnapshot snapshot = RepositoryReader.open(root); Git git = Git.open(root.toFile())) {
            String indexId = git.getRepository().readDirCache().getEntry("b.txt").getObjectId().name();
            // `git hash-object b.txt` prints b77b4eb1..., the index id, not the id of the raw CRLF bytes
            assertThat(snapshot.read(snapshot.file("b.txt").orElseThrow()).blobId()).isEqualTo(indexId);
        }
    }

    @Test
    void aMissingPathOrAFileIsAClearError() throws Exception {
        Path missing = tmp.resolve("no-such-dir");
        assertThatThrownBy(() -> RepositoryReader.open(missing))
                .isInstanceOf(ScanInputException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist");
        Path file = Files.writeString(tmp.resolve("file.txt"), "x");
        assertThatThrownBy(() -> RepositoryReader.open(file))
                .isInstanceOf(ScanInputException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("is not a directory");
    }

    @Test
    void readingNeverWritesIntoTheScannedRepository() throws Exception {
        Path root = SampleRepository.materialize("legacy-shop", tmp.resolve("legacy-shop"));
        TestRepos.writeFiles(root, Map.of("target/classes/ignored.txt", "ignored\n", "untracked.md", "# new\n"));
        Map<String, String> before = listing(root);
        assertThat(before).containsKey(".git/index").containsKey(".git/HEAD");

        try (RepositorySnapshot snapshot = RepositoryReader.open(root)) {
            assertThat(snapshot.files()).hasSizeGreaterThan(10).allSatisfy(file ->
                    assertThat(snapshot.read(file).bytes()).hasSize((int) file.size()));
        }
        try (RepositorySnapshot scoped = RepositoryReader.open(root.resolve("src"))) {
            for (RepoFile file : scoped.files()) {
                scoped.read(file);
            }
        }
        assertThat(listing(root)).isEqualTo(before);
    }

    private static String module(RepositorySnapshot snapshot, String path) {
        return snapshot.file(path).orElseThrow().moduleDirectory();
    }

    private static List<String> paths(RepositorySnapshot snapshot) {
        return snapshot.files().stream().map(RepoFile::path).toList();
    }

    /** Every entry under root (files and directories, .git included) with its size and modification time. */
    private static Map<String, String> listing(Path root) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                entries.put(root.relativize(path).toString(), (attributes.isDirectory() ? "dir " : "file ")
                        + attributes.size() + " " + attributes.lastModifiedTime().toMillis());
            }
        }
        return entries;
    }

    /** `git hash-object --stdin` when git is installed, else the id it printed for this text when the test was written. */
    private static String gitHashObject(String text) throws Exception {
        String recorded = "e5c5c5583f49a34e86ce622b59363df99e09d4c6";
        assertThat(text).isEqualTo("line one\nline two\n");
        Process process;
        try {
            process = new ProcessBuilder("git", "hash-object", "--stdin").redirectErrorStream(true).start();
        } catch (IOException noGit) {
            return recorded;
        }
        process.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assumeThat(process.waitFor()).isZero();
        assertThat(out).isEqualTo(recorded);
        return out;
    }

    /** The files git itself lists (tracked, and untracked but not ignored), without any user or system config. */
    private static List<String> gitLsFiles(Path root) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("git", "ls-files", "--cached", "--others", "--exclude-standard")
                .directory(root.toFile()).redirectErrorStream(true);
        builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        Process process;
        try {
            process = builder.start();
        } catch (IOException noGit) {
            assumeThat(noGit).as("the git CLI is not installed").isNull();
            throw noGit;
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeThat(process.waitFor()).as("git ls-files: " + out).isZero();
        return out.lines().sorted().toList();
    }

    private static int run(Path directory, String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor();
        } catch (IOException noSuchProgram) {
            return -1;
        }
    }

    private static void createLinkOrSkip(Path link, Path target) throws IOException {
        Files.createSymbolicLink(link, target);
    }
}

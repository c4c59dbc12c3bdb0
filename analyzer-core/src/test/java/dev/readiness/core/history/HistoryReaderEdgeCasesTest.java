package dev.readiness.core.history;

import static dev.readiness.core.history.HistoryReaderTest.options;
import static dev.readiness.core.history.HistoryReaderTest.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.core.testing.SampleRepository;
import dev.readiness.core.testing.TestRepos;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Bad and unusual input: empty, single commit, detached HEAD, shallow, corrupt, submodules; determinism, cache. */
class HistoryReaderEdgeCasesTest {

    @TempDir
    Path temp;

    @Test
    void anEmptyRepositoryHasAnEmptyHistory() throws Exception {
        try (Git git = TestRepos.init(temp.resolve("empty"))) {
            History history = read(git.getRepository(), options());
            assertThat(history.commits()).isEmpty();
            assertThat(history.files()).isEmpty();
            assertThat(history.limited()).isFalse();
        }
    }

    @Test
    void aSingleCommitAddsEveryFile() throws Exception {
        try (Git git = TestRepos.init(temp.resolve("single"))) {
            TestRepos.commitFiles(git, Map.of("a.txt", "1\n2\n", "dir/b.txt", "b\n"), "only");
            History history = read(git.getRepository(), options());
            assertThat(history.commits()).singleElement().satisfies(commit -> {
                assertThat(commit.parents()).isZero();
                assertThat(commit.changes()).containsExactly(
                        new FileChange("a.txt", null, FileChange.Kind.ADD, 2, 0),
                        new FileChange("dir/b.txt", null, FileChange.Kind.ADD, 1, 0));
            });
        }
    }

    /** One such subject cost the message patterns 104 s; they now see what any real subject holds. */
    @Test
    @Timeout(60) // guards against a hang, measures nothing
    void aHugeSubjectAndAuthorAreKeptToTheirBoundsAndClassifiedQuickly() throws Exception {
        String subject = ". ".repeat(50_000) + "fix";
        PersonIdent author = TestRepos.ident("a".repeat(5_000), "b@example.com", "2020-01-01T00:00:00Z");
        try (Git git = TestRepos.init(temp.resolve("huge"))) {
            TestRepos.commitFiles(git, Map.of("a.txt", "1\n"), subject + "\n\n" + "body ".repeat(10_000), author);
            History history = read(git.getRepository(), options());
            assertThat(history.commits()).singleElement().satisfies(commit -> {
                assertThat(commit.subject()).hasSize(CommitText.MAX_SUBJECT - 1).isEqualTo(subject.substring(0, 499));
                assertThat(commit.message()).hasSize(CommitText.MAX_MESSAGE);
                assertThat(commit.authorName()).hasSize(CommitText.MAX_NAME);
            });
        }
    }

    @Test
    void aDetachedHeadIsReadFromTheCommitItPointsAt() throws Exception {
        try (Git git = TestRepos.init(temp.resolve("detached"))) {
            RevCommit first = TestRepos.commitFiles(git, Map.of("a.txt", "1\n"), "one");
            TestRepos.commitFiles(git, Map.of("a.txt", "2\n"), "two");
            TestRepos.commitFiles(git, Map.of("a.txt", "3\n"), "three");
            RevCommit second = TestRepos.log(git).get(1);
            git.checkout().setName(second.name()).call();
            assertThat(git.getRepository().getFullBranch()).isEqualTo(second.name());

            History history = read(git.getRepository(), options());
            assertThat(history.commits()).extracting(Commit::id).containsExactly(second.name(), first.name());
        }
    }

    @Test
    void aShallowCloneIsReadAsFarAsItGoes() throws Exception {
        Path origin = SampleRepository.materialize("legacy-shop", temp.resolve("origin"));
        Path clone = temp.resolve("clone");
        try (Git git = Git.cloneRepository().setURI(origin.toUri().toString()).setDirectory(clone.toFile())
                .setDepth(3).call()) {
            assertThat(git.getRepository().getDirectory().toPath().resolve("shallow")).isRegularFile();

            History history = read(git.getRepository(), options());

            assertThat(history.shallow()).isTrue();
            assertThat(history.commits()).hasSize(3);
            Commit boundary = history.commits().get(2);
            // its parents are cut off: "everything added" would be the clone's artifact, so no changes count
            assertThat(boundary.changes()).isEmpty();
            assertThat(history.commits().get(1).changes()).isNotEmpty();
            assertThat(history.authorKey(boundary)).isNotBlank();
        }
    }

    @Test
    void aMissingObjectEndsTheReadWithAClearException() throws Exception {
        try (Git git = TestRepos.init(temp.resolve("corrupt"))) {
            RevCommit first = TestRepos.commitFiles(git, Map.of("dir/a.txt", "1\n", "b.txt", "b\n"), "one");
            TestRepos.commitFiles(git, Map.of("dir/a.txt", "2\n"), "two");
            ObjectId oldSubtree = subtree(git, first, "dir");
            Path loose = looseObject(git, oldSubtree);
            assertThat(loose).isRegularFile();
            Files.delete(loose);

            assertThatThrownBy(() -> read(git.getRepository(), options()))
                    .isInstanceOf(HistoryReadException.class)
                    .hasMessageContaining("incomplete")
                    .hasMessageContaining(oldSubtree.name());
        }
    }

    @Test
    void aBlobMissingAsInAPartialCloneLeavesTheChangeInWithItsLinesUncounted() throws Exception {
        try (Git git = TestRepos.init(temp.resolve("partial"))) {
            TestRepos.commitFiles(git, Map.of("a.txt", "1\n", "b.txt", "b\n"), "one");
            RevCommit second = TestRepos.commitFiles(git, Map.of("a.txt", "1\n2\n"), "two");
            Path loose = looseObject(git, ObjectId.fromString(TestRepos.blobId("1\n".getBytes(StandardCharsets.UTF_8))));
            Files.delete(loose);

            History history = read(git.getRepository(), options());

            assertThat(history.commits()).hasSize(2);
            FileChange change = history.commits().get(0).changes().get(0);
            assertThat(history.commits().get(0).id()).isEqualTo(second.name());
            assertThat(change.path()).isEqualTo("a.txt");
            assertThat(change.linesCounted()).isFalse();
        }
    }

    @Test
    void submodulesAreNotFiles() throws Exception {
        Path library = temp.resolve("library");
        try (Git lib = TestRepos.init(library)) {
            TestRepos.commitFiles(lib, Map.of("lib.txt", "lib\n"), "library");
        }
        try (Git git = TestRepos.init(temp.resolve("app"))) {
            TestRepos.commitFiles(git, Map.of("app.txt", "app\n"), "app");
            git.submoduleAdd().setURI(library.toUri().toString()).setPath("vendor/lib").call().close();
            git.commit().setMessage("add submodule\n").setSign(false).setAuthor(TestRepos.DEFAULT_AUTHOR)
                    .setCommitter(TestRepos.DEFAULT_AUTHOR).call();

            History history = read(git.getRepository(), options());

            assertThat(history.commits()).hasSize(2);
            assertThat(history.commits().get(0).changes()).extracting(FileChange::path).containsExactly(".gitmodules");
            assertThat(history.files().keySet()).containsExactly(".gitmodules", "app.txt");
        }
    }

    @Test
    void readingTwiceGivesTheSameHistory() throws Exception {
        Path repo = SampleRepository.materialize("legacy-shop", temp.resolve("shop"));
        try (Git git = Git.open(repo.toFile())) {
            History once = read(git.getRepository(), options());
            History twice = new HistoryReader(git.getRepository(), "", HistoryOptions.defaults(1)).read();
            assertThat(twice.commits()).isEqualTo(once.commits());
            assertThat(twice.files()).isEqualTo(once.files());
        }
    }

    @Test
    void theCacheGivesTheSameHistoryWithoutDiffingAgain() throws Exception {
        Path repo = SampleRepository.materialize("legacy-shop", temp.resolve("shop"));
        Path cacheFile = temp.resolve("cache/history.bin.gz");
        try (Git git = Git.open(repo.toFile())) {
            History fresh = read(git.getRepository(), options());
            CommitCacheFile first = CommitCacheFile.open(cacheFile, "fingerprint");
            new HistoryReader(git.getRepository(), "", options(), first).read();
            first.save();

            // without its trees no commit could be diffed again: the cache must answer for every one
            deleteLooseTrees(git);
            List<Integer> progress = new ArrayList<>();
            CommitCacheFile second = CommitCacheFile.open(cacheFile, "fingerprint");
            History cached = new HistoryReader(git.getRepository(), "", options(), second)
                    .read((done, total) -> progress.add(done));
            assertThat(second.hits()).isEqualTo(40);
            assertThat(cached.commits()).isEqualTo(fresh.commits());
            assertThat(cached.files()).isEqualTo(fresh.files());
            assertThat(progress).startsWith(0).endsWith(40);

            CommitCacheFile foreign = CommitCacheFile.open(cacheFile, "another analyzer");
            assertThatThrownBy(() -> new HistoryReader(git.getRepository(), "", options(), foreign).read())
                    .isInstanceOf(HistoryReadException.class);
        }
    }

    private static ObjectId subtree(Git git, RevCommit commit, String path) throws Exception {
        try (TreeWalk walk = TreeWalk.forPath(git.getRepository(), path, commit.getTree())) {
            return walk.getObjectId(0);
        }
    }

    private static Path looseObject(Git git, ObjectId id) {
        String name = id.name();
        return git.getRepository().getDirectory().toPath().resolve("objects").resolve(name.substring(0, 2))
                .resolve(name.substring(2));
    }

    private static void deleteLooseTrees(Git git) throws Exception {
        for (RevCommit commit : TestRepos.log(git)) {
            try (TreeWalk walk = new TreeWalk(git.getRepository())) {
                walk.addTree(commit.getTree());
                while (walk.next()) {
                    if (walk.isSubtree()) {
                        Files.deleteIfExists(looseObject(git, walk.getObjectId(0)));
                    }
                }
            }
        }
    }
}

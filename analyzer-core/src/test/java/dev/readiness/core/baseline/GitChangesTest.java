package dev.readiness.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.core.repo.RepositoryReader;
import dev.readiness.core.repo.RepositorySnapshot;
import dev.readiness.core.rule.Region;
import dev.readiness.core.testing.TestRepos;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changed lines since the merge base, on real repositories built with JGit. */
class GitChangesTest {

    private static final String TEN_LINES = "l1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\nl9\nl10\n";

    @TempDir
    Path temp;

    @TempDir
    Path elsewhere;

    @Test
    void aRenamedFileCountsOnlyItsEditedLinesAndMainMovingOnDoesNotCount() throws Exception {
        try (Git git = TestRepos.init(temp)) {
            RevCommit base = TestRepos.commitFiles(git, Map.of("old/X.txt", TEN_LINES, "Other.txt", "a\n"), "base");
            git.checkout().setCreateBranch(true).setName("feature").call();
            git.rm().addFilepattern("old/X.txt").call();
            TestRepos.commitFiles(git, Map.of("new/X.txt", TEN_LINES.replace("l7", "seven")), "move and edit");
            git.checkout().setName("main").call();
            TestRepos.commitFiles(git, Map.of("Other.txt", "changed on main\n"), "main moves on");
            git.checkout().setName("feature").call();

            ChangedLines changed = since("main");

            assertThat(changed.mergeBase()).isEqualTo(base.name());
            assertThat(changed.touches("new/X.txt", Region.line(7))).isTrue();
            assertThat(changed.touches("new/X.txt", new Region(1, 0, 6, 0))).isFalse();
            assertThat(changed.touches("new/X.txt", new Region(5, 0, 9, 0))).isTrue();
            assertThat(changed.fileChanged("new/X.txt")).isTrue();
            assertThat(changed.fileChanged("Other.txt")).isFalse();
        }
    }

    @Test
    void uncommittedEditsInTheWorkTreeCount() throws Exception {
        try (Git git = TestRepos.init(temp)) {
            TestRepos.commitFiles(git, Map.of("X.txt", TEN_LINES), "base");
            TestRepos.writeFiles(temp, Map.of("X.txt", TEN_LINES.replace("l2", "two")));

            ChangedLines changed = since("HEAD");

            assertThat(changed.touches("X.txt", Region.line(2))).isTrue();
            assertThat(changed.touches("X.txt", Region.line(3))).isFalse();
        }
    }

    @Test
    void aCrlfCheckoutOfAnLfCommitChangesOnlyTheEditedLine() throws Exception {
        try (Git git = TestRepos.init(temp)) {
            TestRepos.commitFiles(git, Map.of("X.txt", TEN_LINES), "base");
            TestRepos.writeFiles(temp, Map.of("X.txt", TEN_LINES.replace("l4", "four").replace("\n", "\r\n")));

            ChangedLines changed = since("HEAD");

            assertThat(changed.touches("X.txt", Region.line(4))).isTrue();
            assertThat(changed.touches("X.txt", new Region(1, 0, 3, 0))).isFalse();
            assertThat(changed.touches("X.txt", new Region(5, 0, 10, 0))).isFalse();
        }
    }

    @Test
    void aConfiguredCleanFilterNeverRunsWhileTheWorkTreeIsCompared() throws Exception {
        Path marker = elsewhere.resolve("filter-ran");
        try (Git git = TestRepos.init(temp)) {
            TestRepos.commitFiles(git, Map.of(".gitattributes", "*.txt filter=probe\n", "X.txt", TEN_LINES), "base");
            StoredConfig config = git.getRepository().getConfig();
            config.setString("filter", "probe", "clean", "touch " + marker + "; cat");
            config.setBoolean("filter", "probe", "required", true);
            config.save();
            TestRepos.writeFiles(temp, Map.of("X.txt", TEN_LINES.replace("l9", "nine"), "New.txt", "new\n"));

            ChangedLines changed = since("HEAD");

            assertThat(changed.touches("X.txt", Region.line(9))).isTrue();
            assertThat(changed.fileChanged("New.txt")).isTrue();
            assertThat(marker).doesNotExist();
        }
    }

    @Test
    void anUnknownRefIsReportedByName() {
        try (Git git = TestRepos.init(temp)) {
            TestRepos.commitFiles(git, Map.of("X.txt", "x\n"), "base");

            assertThatThrownBy(() -> since("nope"))
                    .isInstanceOf(BaselineException.class)
                    .hasMessageStartingWith("--new-since nope: no such branch, tag or commit");
        }
    }

    private ChangedLines since(String ref) throws Exception {
        try (RepositorySnapshot snapshot = RepositoryReader.open(temp)) {
            return GitChanges.since(snapshot, ref);
        }
    }
}

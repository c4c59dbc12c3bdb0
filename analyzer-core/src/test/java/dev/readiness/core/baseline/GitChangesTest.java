package dev.readiness.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.core.rule.Region;
import dev.readiness.core.testing.TestRepos;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changed lines since the merge base, on real repositories built with JGit. */
class GitChangesTest {

    private static final String TEN_LINES = "l1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\nl9\nl10\n";

    @TempDir
    Path temp;

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

            ChangedLines changed = GitChanges.since(git.getRepository(), "main");

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

            ChangedLines changed = GitChanges.since(git.getRepository(), "HEAD");

            assertThat(changed.touches("X.txt", Region.line(2))).isTrue();
            assertThat(changed.touches("X.txt", Region.line(3))).isFalse();
        }
    }

    @Test
    void anUnknownRefIsReportedByName() {
        try (Git git = TestRepos.init(temp)) {
            TestRepos.commitFiles(git, Map.of("X.txt", "x\n"), "base");

            assertThatThrownBy(() -> GitChanges.since(git.getRepository(), "nope"))
                    .isInstanceOf(BaselineException.class)
                    .hasMessageStartingWith("--new-since nope: no such branch, tag or commit");
        }
    }
}

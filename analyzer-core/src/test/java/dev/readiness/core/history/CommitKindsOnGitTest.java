package dev.readiness.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.testing.TestRepos;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one definition of a defect fix and of a sweep ({@link CommitKinds}) on a real Git repository read by
 * {@link HistoryReader}: messages with bodies, a merged pull request, a bulk commit and one subject repeated
 * over many files in a day, next to their near misses.
 */
class CommitKindsOnGitTest {

    @TempDir
    Path temp;

    private static PersonIdent at(String isoDateTime) {
        return TestRepos.ident("Ann Example", "ann@example.com", isoDateTime);
    }

    @Test
    void eachCommitOfARealHistoryGetsItsKind() throws Exception {
        try (Git git = TestRepos.init(temp.resolve("repo"))) {
            TestRepos.commitFiles(git, Map.of("src/Order.java", "class Order {}\n"), "Add orders",
                    at("2024-03-01T09:00:00Z"));
            TestRepos.commitFiles(git, Map.of("src/Order.java", "class Order { int total; }\n"),
                    "Count cancelled lines once\n\nThe total was wrong with cancelled lines.\n\nCloses gh-12",
                    at("2024-03-02T09:00:00Z"));
            TestRepos.commitFiles(git, Map.of("src/Order.java", "class Order { int total; long id; }\n"),
                    "Keep the order id\n\nCloses gh-13", at("2024-03-03T09:00:00Z"));
            TestRepos.commitFiles(git, Map.of("src/Order.java", "class Order { int total; long id; } // x\n"),
                    "Javadoc fixes", at("2024-03-04T09:00:00Z"));
            TestRepos.commitFiles(git, IntStream.range(0, CommitKinds.BULK_FILES).boxed().collect(Collectors.toMap(
                    i -> "src/gen/G" + i + ".java", i -> "class G" + i + " {}\n")), "Fix null handling everywhere",
                    at("2024-03-05T09:00:00Z"));
            IntStream.range(0, CommitKinds.REPEATED_SUBJECT_COMMITS).forEach(i -> TestRepos.commitFiles(git,
                    Map.of("src/gen/G" + i + ".java", "final class G" + i + " {}\n"), "Remove redundant modifiers",
                    at("2024-03-06T0" + i + ":00:00Z")));
            IntStream.range(0, CommitKinds.REPEATED_SUBJECT_COMMITS).forEach(i -> TestRepos.commitFiles(git,
                    Map.of("src/Parser.java", "class Parser { int v" + i + "; }\n"),
                    "[SHOP-9] Parsing accepts full-width digits", at("2024-03-07T0" + i + ":00:00Z")));
            git.branchCreate().setName("ann/spotless").call();
            git.checkout().setName("ann/spotless").call();
            TestRepos.commitFiles(git, Map.of("src/Order.java", "class Order {\n  int total;\n  long id;\n}\n"),
                    "Format the sources", at("2024-03-08T09:00:00Z"));
            git.checkout().setName(TestRepos.BRANCH).call();
            git.merge().include(git.getRepository().resolve("ann/spotless"))
                    .setFastForward(MergeCommand.FastForwardMode.NO_FF)
                    .setMessage("Merge pull request #7 from ann/spotless\n\nFormat code with spotless").call();

            History history = new HistoryReader(git.getRepository(), "", HistoryOptions.defaults(1)).read();
            Map<String, CommitKind> kinds = history.commits().stream()
                    .filter(commit -> !commit.subject().startsWith("["))
                    .collect(Collectors.toMap(Commit::subject, history::kindOf, (a, b) -> a));

            assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "Add orders", CommitKind.CHANGE,
                    "Count cancelled lines once", CommitKind.DEFECT_FIX,
                    "Keep the order id", CommitKind.CHANGE,
                    "Javadoc fixes", CommitKind.SWEEP,
                    "Fix null handling everywhere", CommitKind.SWEEP,
                    "Remove redundant modifiers", CommitKind.SWEEP,
                    "Merge pull request #7 from ann/spotless", CommitKind.SWEEP));
            assertThat(history.commits()).filteredOn(commit -> commit.subject().startsWith("[SHOP-9]"))
                    .hasSize(CommitKinds.REPEATED_SUBJECT_COMMITS).extracting(history::kindOf)
                    .containsOnly(CommitKind.DEFECT_FIX);
            assertThat(history.file("src/Order.java").orElseThrow().revisions())
                    .as("the Javadoc fixes and the formatting merge are not changes").isEqualTo(3);
            assertThat(history.file("src/gen/G1.java").orElseThrow().revisions())
                    .as("the bulk commit added it; the repeated subject is a sweep").isEqualTo(1);
        }
    }
}

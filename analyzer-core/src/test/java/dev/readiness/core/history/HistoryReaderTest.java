package dev.readiness.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.readiness.core.testing.SampleRepository;
import dev.readiness.core.testing.TestRepos;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HistoryReader over real JGit repositories: the sample, merges, .mailmap, bots, limits, lines, scope. */
class HistoryReaderTest {

    private static final String UTIL = "src/main/java/com/example/shop/util/";
    private static final String ORDER_FORM = "src/main/java/com/example/shop/web/OrderForm.java";

    @TempDir
    Path temp;

    static History read(Repository repository, HistoryOptions options) throws HistoryReadException {
        return new HistoryReader(repository, "", options).read();
    }

    static HistoryOptions options() {
        return HistoryOptions.defaults(2);
    }

    static HistoryOptions with(Integer maxCommits, Instant since, boolean firstParent) {
        HistoryOptions defaults = options();
        return new HistoryOptions(maxCommits, since, defaults.recentWindow(), firstParent, 2, defaults.botAuthors(),
                null);
    }

    @Test
    void readsTheLegacyShopSampleWithItsRenameAndDeletedFile() throws Exception {
        Path repo = SampleRepository.materialize("legacy-shop", temp.resolve("shop"));
        try (Git git = Git.open(repo.toFile())) {
            History history = read(git.getRepository(), options());

            assertThat(history.commits()).hasSize(40);
            assertThat(history.commits().get(0).id()).isEqualTo(TestRepos.log(git).get(0).name());
            assertThat(history.commits().stream().map(history::authorKey).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder("alice@example.com", "bob@example.com", "carol@example.com",
                            "dave@example.com", "erin@example.com");
            assertThat(history.shallow()).isFalse();
            assertThat(history.limited()).isFalse();

            FileHistory dateUtils = history.file(UTIL + "DateUtils.java").orElseThrow();
            assertThat(dateUtils.revisions()).isEqualTo(2); // added as DateHelper, then renamed
            assertThat(dateUtils.firstChange()).isEqualTo(Instant.parse("2017-11-23T08:55:00Z"));
            assertThat(history.file(UTIL + "DateHelper.java")).isEmpty();
            Commit rename = history.commits().stream().filter(c -> c.subject().startsWith("Rename")).findFirst()
                    .orElseThrow();
            assertThat(rename.changes()).containsExactly(new FileChange(UTIL + "DateUtils.java",
                    UTIL + "DateHelper.java", FileChange.Kind.RENAME, -1, -1));

            assertThat(history.files()).containsKey(ORDER_FORM);
            assertThat(TestRepos.headTree(git.getRepository())).doesNotContainKey(ORDER_FORM);
            assertThat(history.file(ORDER_FORM).orElseThrow().revisions()).isEqualTo(2);
            assertThat(history.files().keySet()).containsAll(TestRepos.headTree(git.getRepository()).keySet());
        }
    }

    @Test
    void firstParentWalkCountsAMergedBranchOnceAndAllParentsDoesNotDoubleCount() throws Exception {
        try (Git git = TestRepos.init(temp.resolve("merge"))) {
            TestRepos.commitFiles(git, Map.of("a.txt", "a\n", "b.txt", "b\n"), "base");
            git.branchCreate().setName("feature").call();
            git.checkout().setName("feature").call();
            TestRepos.commitFiles(git, Map.of("b.txt", "b\nb2\n"), "feature 1");
            TestRepos.commitFiles(git, Map.of("b.txt", "b\nb2\nb3\n"), "feature 2");
            git.checkout().setName(TestRepos.BRANCH).call();
            TestRepos.commitFiles(git, Map.of("a.txt", "a\na2\n"), "main work");
            git.merge().include(git.getRepository().resolve("feature")).setFastForward(MergeCommand.FastForwardMode.NO_FF)
                    .setMessage("merge feature").call();

            History firstParent = read(git.getRepository(), options());
            assertThat(firstParent.commits()).extracting(Commit::subject)
                    .containsExactly("merge feature", "main work", "base");
            assertThat(firstParent.commits().get(0).changes()).extracting(FileChange::path).containsExactly("b.txt");
            assertThat(firstParent.file("b.txt").orElseThrow().revisions()).isEqualTo(2);

            History allParents = read(git.getRepository(), with(null, null, false));
            assertThat(allParents.commits()).hasSize(5);
            Commit merge = allParents.commits().stream().filter(Commit::isMerge).findFirst().orElseThrow();
            assertThat(merge.changes()).isEmpty();
            assertThat(allParents.file("b.txt").orElseThrow().revisions()).isEqualTo(3); // base + 2 feature commits
            assertThat(allParents.file("a.txt").orElseThrow().revisions()).isEqualTo(2);
        }
    }

    @Test
    void mailmapMergesTwoIdentitiesOfOnePerson() throws Exception {
        try (Git git = TestRepos.init(temp.resolve("mailmap"))) {
            TestRepos.commitFiles(git, Map.of("a.txt", "1\n"), "one",
                    TestRepos.ident("jo", "Jo@Old.example", "2021-01-01T00:00:00Z"));
            TestRepos.commitFiles(git, Map.of("a.txt", "2\n"), "two",
                    TestRepos.ident("Jo Smith", "jo@new.example", "2021-01-02T00:00:00Z"));
            TestRepos.commitFiles(git, Map.of(".mailmap", "# people\nJo Smith <jo@new.example> <jo@old.example>\n"),
                    "mailmap", TestRepos.ident("Jo Smith", "jo@new.example", "2021-01-03T00:00:00Z"));

            History history = read(git.getRepository(), options());

            assertThat(history.commits()).extracting(Commit::authorName).containsOnly("Jo Smith");
            FileHistory a = history.file("a.txt").orElseThrow();
            assertThat(a.revisionsByAuthor()).containsExactly(Map.entry("jo@new.example", 2));
            assertThat(a.mainAuthorShare()).isEqualTo(1.0);
        }
    }

    @Test
    void botCommitsAreLeftOut() throws Exception {
        try (Git git = TestRepos.init(temp.resolve("bots"))) {
            TestRepos.commitFiles(git, Map.of("pom.xml", "<project/>\n"), "init");
            TestRepos.commitFiles(git, Map.of("pom.xml", "<project>1</project>\n"), "Bump junit",
                    TestRepos.ident("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com",
                            "2020-01-02T00:00:00Z"));
            TestRepos.commitFiles(git, Map.of("pom.xml", "<project>2</project>\n"), "Update dependency",
                    TestRepos.ident("Renovate Bot", "bot@renovateapp.com", "2020-01-03T00:00:00Z"));
            TestRepos.commitFiles(git, Map.of("pom.xml", "<project>3</project>\n"), "human change");

            History history = read(git.getRepository(), options());

            assertThat(history.commits()).extracting(Commit::subject).containsExactly("human change", "init");
            assertThat(history.file("pom.xml").orElseThrow().revisions()).isEqualTo(2);
        }
    }

    @Test
    void commitLimitAndStartDateStopTheWalk() throws Exception {
        try (Git git = TestRepos.init(temp.resolve("limits"))) {
            for (int i = 1; i <= 5; i++) {
                TestRepos.commitFiles(git, Map.of("a.txt", "v" + i + "\n"), "c" + i,
                        TestRepos.ident("A", "a@example.com", "2020-0" + i + "-01T00:00:00Z"));
            }
            History all = read(git.getRepository(), options());
            assertThat(all.commits()).hasSize(5);
            assertThat(all.limited()).isFalse();

            History newest = read(git.getRepository(), with(2, null, true));
            assertThat(newest.commits()).extracting(Commit::subject).containsExactly("c5", "c4");
            assertThat(newest.limited()).isTrue();

            History since = read(git.getRepository(), with(null, Instant.parse("2020-03-01T00:00:00Z"), true));
            assertThat(since.commits()).extracting(Commit::subject).containsExactly("c5", "c4", "c3");
            assertThat(since.limited()).isTrue();
        }
    }

    @Test
    void linesAreCountedInsideTheRecentWindowOnly() throws Exception {
        try (Git git = TestRepos.init(temp.resolve("lines"))) {
            TestRepos.commitFiles(git, Map.of("a.txt", "1\n2\n3\n"), "old",
                    TestRepos.ident("A", "a@example.com", "2018-01-01T00:00:00Z"));
            TestRepos.commitFiles(git, Map.of("a.txt", "1\ntwo\n3\n4\n", "logo.bin", "PNG\u0000\u0001data\n"),
                    "recent", TestRepos.ident("A", "a@example.com", "2020-06-01T00:00:00Z"));
            TestRepos.deleteFiles(git, "drop", "logo.bin");

            History history = read(git.getRepository(), options());

            Commit old = history.commits().get(2);
            assertThat(old.changes()).containsExactly(new FileChange("a.txt", null, FileChange.Kind.ADD, -1, -1));
            Commit recent = history.commits().get(1);
            assertThat(recent.changes()).containsExactlyInAnyOrder(
                    new FileChange("a.txt", null, FileChange.Kind.MODIFY, 2, 1),
                    new FileChange("logo.bin", null, FileChange.Kind.ADD, 0, 0));
            FileHistory a = history.file("a.txt").orElseThrow();
            assertThat(a.recentRevisions()).isEqualTo(1);
            assertThat(a.recentLinesAdded()).isEqualTo(2);
            assertThat(a.recentLinesDeleted()).isEqualTo(1);
        }
    }

    @Test
    void aScopeRestrictsTheHistoryToItsDirectoryWithRepositoryRelativePaths() throws Exception {
        try (Git git = TestRepos.init(temp.resolve("scope"))) {
            TestRepos.commitFiles(git, Map.of("app/src/A.java", "class A {}\n", "lib/B.java", "class B {}\n",
                    "application.txt", "not in app/\n"), "both");
            TestRepos.commitFiles(git, Map.of("lib/B.java", "class B { }\n"), "lib only");
            TestRepos.commitFiles(git, Map.of("app/src/A.java", "class A { }\n"), "app only");

            History history = new HistoryReader(git.getRepository(), "app/", options()).read();

            assertThat(history.files().keySet()).containsExactly("app/src/A.java");
            assertThat(history.commits()).extracting(Commit::subject).containsExactly("app only", "both");
            assertThat(history.file("app/src/A.java").orElseThrow().revisions()).isEqualTo(2);
        }
    }

    @Test
    void renamesAreOnlyLookedForWhenACommitAddsAndDeletes() throws Exception {
        try (Git git = TestRepos.init(temp.resolve("moves"))) {
            String body = "line 1\nline 2\nline 3\nline 4\nline 5\nline 6\n";
            TestRepos.commitFiles(git, Map.of("old/Name.java", body), "add");
            TestRepos.deleteFiles(git, "move", "old/Name.java");
            TestRepos.commitFiles(git, Map.of("new/Name.java", body + "line 7\n"), "re-add");

            History history = read(git.getRepository(), options());
            // delete and add in different commits: no rename, two lineages
            assertThat(history.files().keySet()).containsExactly("new/Name.java", "old/Name.java");

            git.rm().addFilepattern("new/Name.java").call();
            TestRepos.commitFiles(git, Map.of("moved/Name.java", body + "line 7\nline 8\n"), "move with edit");
            History moved = read(git.getRepository(), options());
            assertThat(moved.commits().get(0).changes()).singleElement()
                    .satisfies(change -> {
                        assertThat(change.kind()).isEqualTo(FileChange.Kind.RENAME);
                        assertThat(change.previousPath()).isEqualTo("new/Name.java");
                        assertThat(change.linesAdded()).isEqualTo(1);
                        assertThat(change.linesDeleted()).isZero();
                    });
            assertThat(moved.file("moved/Name.java").orElseThrow().revisions()).isEqualTo(2); // re-add, move
            assertThat(Set.copyOf(moved.files().keySet())).doesNotContain("new/Name.java");
            assertThat(moved.recentWindowStart()).isEqualTo(moved.headTime().minus(Duration.ofDays(365)));
            assertThat(List.copyOf(moved.currentPathsOf(moved.commits().get(1)))).containsExactly("moved/Name.java");
        }
    }

    @Test
    void aPackageMovePastTheRenameLimitStillFollowsEachFileByItsName() throws Exception {
        try (Git git = TestRepos.init(temp.resolve("package-move"))) {
            StoredConfig config = git.getRepository().getConfig();
            config.setInt("diff", null, "renamelimit", 2); // three moved files are too many for Git's own detection
            config.save();
            Map<String, String> before = new TreeMap<>();
            for (String name : List.of("Order", "Invoice", "Customer")) {
                before.put("org/old/" + name + ".java", javaClass("org.old", name));
            }
            before.put("org/old/Common.java", javaClass("org.old", "Common"));
            before.put("org/old/util/Common.java", javaClass("org.old.util", "Common"));
            TestRepos.commitFiles(git, before, "classes written");
            git.rm().addFilepattern("org/old").call();
            Map<String, String> after = new TreeMap<>();
            for (String name : List.of("Order", "Invoice", "Customer")) {
                after.put("org/neu/" + name + ".java", javaClass("org.neu", name));
            }
            after.put("org/neu/Common.java", javaClass("org.neu", "Common"));
            after.put("org/neu/Unrelated.java", "package org.neu;\n\nrecord Unrelated(int value) {\n}\n");
            TestRepos.commitFiles(git, after, "move the package");

            History history = read(git.getRepository(), options());

            assertThat(history.commits().get(0).changes()).filteredOn(change -> change.kind() == FileChange.Kind.RENAME)
                    .extracting(FileChange::path, FileChange::previousPath)
                    .containsExactlyInAnyOrder(tuple("org/neu/Order.java", "org/old/Order.java"),
                            tuple("org/neu/Invoice.java", "org/old/Invoice.java"),
                            tuple("org/neu/Customer.java", "org/old/Customer.java"));
            assertThat(history.file("org/neu/Order.java").orElseThrow().revisions()).isEqualTo(2);
            assertThat(history.file("org/neu/Common.java").orElseThrow().revisions()).as("two deleted Common.java")
                    .isEqualTo(1);
            assertThat(history.file("org/neu/Unrelated.java").orElseThrow().revisions()).isEqualTo(1);
        }
    }

    private static String javaClass(String packageName, String name) {
        StringBuilder text = new StringBuilder("package " + packageName + ";\n\npublic class " + name + " {\n");
        for (int i = 0; i < 12; i++) {
            text.append("    int field").append(i).append(" = ").append(i * 7).append(";\n");
        }
        return text.append("}\n").toString();
    }
}

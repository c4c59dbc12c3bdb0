package dev.readiness.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.core.testing.HistorySpec.Change;
import dev.readiness.core.testing.HistorySpec.ChangeType;
import dev.readiness.core.testing.HistorySpec.Commit;
import dev.readiness.core.testing.HistorySpec.FileVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleRepositoryTest {

    @TempDir
    static Path shared;

    private static Path sample;
    private static HistorySpec spec;
    private static Path repo;
    private static List<RevCommit> commits; // oldest first

    @BeforeAll
    static void materialiseLegacyShop() throws IOException {
        sample = SampleRepository.sampleDir("legacy-shop");
        spec = SampleRepository.history(sample);
        repo = SampleRepository.materialize(sample, shared.resolve("legacy-shop"));
        try (Git git = Git.open(repo.toFile())) {
            commits = new ArrayList<>(TestRepos.log(git));
        }
        Collections.reverse(commits);
    }

    @Test
    void findsSamplesByWalkingUpFromTheWorkingDirectory() {
        assertThat(sample).isDirectory().endsWith(Path.of("sample-repos", "legacy-shop"));
        assertThat(sample.resolve("history.txt")).isRegularFile();
        assertThatThrownBy(() -> SampleRepository.sampleDir("no-such-sample"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sample-repos/no-such-sample");
    }

    @Test
    void createsOneCommitPerSpecCommitOnMain() throws IOException {
        assertThat(commits).hasSize(40).hasSize(spec.commits().size());
        try (Git git = Git.open(repo.toFile())) {
            assertThat(git.getRepository().getBranch()).isEqualTo("main");
        }
        assertThat(commits).map(SampleRepositoryTest::metadata)
                .containsExactlyElementsOf(spec.commits().stream().map(SampleRepositoryTest::expectedMetadata).toList());
        // A single line of history: the root commit has no parent, every later one has exactly one.
        assertThat(commits.get(0).getParentCount()).isZero();
        assertThat(commits.subList(1, commits.size())).hasSize(39).extracting(RevCommit::getParentCount).containsOnly(1);
        assertThat(commits.get(2).getFullMessage())
                .isEqualTo("Add customer repository\n\nCustomers are loaded at start-up and kept in memory.\n");
    }

    @Test
    void hasFiveAuthorsOfWhomAliceStopsEarly() {
        Map<String, Integer> commitsByAuthor = new HashMap<>();
        Map<String, Instant> lastCommitByAuthor = new HashMap<>();
        for (RevCommit commit : commits) {
            String author = commit.getAuthorIdent().getEmailAddress();
            commitsByAuthor.merge(author, 1, Integer::sum);
            lastCommitByAuthor.put(author, commit.getAuthorIdent().getWhenAsInstant());
        }
        assertThat(commitsByAuthor).containsOnlyKeys("alice@example.com", "bob@example.com", "carol@example.com",
                "dave@example.com", "erin@example.com");
        assertThat(lastCommitByAuthor.get("alice@example.com")).isBefore(Instant.parse("2018-06-01T00:00:00Z"));
        assertThat(lastCommitByAuthor.get("bob@example.com")).isAfter(Instant.parse("2021-01-01T00:00:00Z"));
        assertThat(commits.get(0).getAuthorIdent().getWhenAsInstant()).isBefore(Instant.parse("2017-04-01T00:00:00Z"));
        assertThat(commits.get(commits.size() - 1).getAuthorIdent().getWhenAsInstant())
                .isAfter(Instant.parse("2021-01-01T00:00:00Z"));
        assertThat(commits.get(0).getAuthorIdent().getZoneOffset()).isEqualTo(ZoneOffset.ofHours(1));
    }

    @Test
    void headTreeAndWorkTreeEqualTheSampleFiles() throws IOException {
        SortedMap<String, Path> sampleFiles = SampleRepository.sampleFiles(sample);
        assertThat(sampleFiles).containsKeys("pom.xml", "README.md", ".gitignore",
                "src/main/java/com/example/shop/service/OrderService.java").doesNotContainKey("history.txt");
        try (Git git = Git.open(repo.toFile())) {
            SortedMap<String, String> tree = TestRepos.headTree(git.getRepository());
            assertThat(tree.keySet()).containsExactlyElementsOf(sampleFiles.keySet());
            assertThat(tree).isEqualTo(blobIds(sampleFiles));
            assertThat(sampleFiles).allSatisfy((path, file) ->
                    assertThat(repo.resolve(path)).as(path).hasSameBinaryContentAs(file));
            assertThat(git.status().call().isClean()).isTrue();
        } catch (org.eclipse.jgit.api.errors.GitAPIException e) {
            throw new AssertionError(e);
        }
        assertThat(TestRepos.listFiles(repo)).containsExactlyElementsOf(sampleFiles.keySet());
    }

    @Test
    void everyCommitChangesExactlyTheFilesItsSpecNames() throws IOException {
        try (Git git = Git.open(repo.toFile())) {
            assertThat(commitDiffs(git.getRepository())).hasSize(spec.commits().size()).allSatisfy(commitDiff -> {
                Commit expected = commitDiff.expected();
                assertThat(commitDiff.changed().keySet()).as("commit %d (%s)", commitDiff.number(), expected.message())
                        .isEqualTo(pathsNamedBy(expected));
                assertThat(expected.changes()).allSatisfy(change -> assertChangedAsSpecified(change, commitDiff.changed()));
            });
        }
    }

    /** What a commit says about itself and its author and committer; a list so that a mismatch shows both. */
    private static List<Object> metadata(RevCommit commit) {
        return List.of(commit.getFullMessage(), commit.getAuthorIdent().getName(),
                commit.getAuthorIdent().getEmailAddress(), commit.getAuthorIdent().getWhenAsInstant(),
                commit.getAuthorIdent().getZoneOffset(), commit.getCommitterIdent().getName(),
                commit.getCommitterIdent().getWhenAsInstant());
    }

    /** {@link #metadata} as the spec commit prescribes it. */
    private static List<Object> expectedMetadata(Commit expected) {
        return List.of(expected.message() + "\n", expected.author().name(), expected.author().email(),
                expected.date().toInstant(), expected.date().getOffset(), expected.committer().name(),
                expected.committerDate().toInstant());
    }

    /** Path → the Git blob id of the sample file's bytes. */
    private static Map<String, String> blobIds(SortedMap<String, Path> sampleFiles) throws IOException {
        Map<String, String> ids = new TreeMap<>();
        for (Map.Entry<String, Path> file : sampleFiles.entrySet()) {
            ids.put(file.getKey(), TestRepos.blobId(Files.readAllBytes(file.getValue())));
        }
        return ids;
    }

    /** A materialised commit (numbered from 1, oldest first), its spec and what it changed against its parent. */
    private record CommitDiff(int number, Commit expected, Map<String, String[]> changed) {
    }

    private static List<CommitDiff> commitDiffs(Repository repository) throws IOException {
        List<CommitDiff> diffs = new ArrayList<>();
        RevCommit parent = null;
        for (int i = 0; i < commits.size(); i++) {
            diffs.add(new CommitDiff(i + 1, spec.commits().get(i), diff(repository, parent, commits.get(i))));
            parent = commits.get(i);
        }
        return diffs;
    }

    /** The file's text in every commit whose tree has it, oldest first. */
    private static List<String> versionsInHistory(String path) throws IOException {
        List<String> versions = new ArrayList<>();
        try (Git git = Git.open(repo.toFile())) {
            for (RevCommit commit : commits) {
                try (TreeWalk walk = TreeWalk.forPath(git.getRepository(), path, commit.getTree())) {
                    if (walk != null) {
                        versions.add(new String(git.getRepository().open(walk.getObjectId(0), Constants.OBJ_BLOB)
                                .getBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return versions;
    }

    private record VersionChange(String before, String after) {
    }

    /** Each pair of consecutive versions that differ; commits that leave the file as it was give none. */
    private static List<VersionChange> changesBetweenVersions(List<String> versions) {
        List<VersionChange> changes = new ArrayList<>();
        for (int i = 1; i < versions.size(); i++) {
            if (!versions.get(i).equals(versions.get(i - 1))) {
                changes.add(new VersionChange(versions.get(i - 1), versions.get(i)));
            }
        }
        return changes;
    }

    /** Every path a commit's spec names: both the old and the new path of a rename. */
    private static Set<String> pathsNamedBy(Commit commit) {
        Set<String> paths = new TreeSet<>();
        for (Change change : commit.changes()) {
            paths.add(change.path());
            if (change.newPath() != null) {
                paths.add(change.newPath());
            }
        }
        return paths;
    }

    /** {@code changed} maps each changed path to its blob ids before and after the commit. */
    private static void assertChangedAsSpecified(Change change, Map<String, String[]> changed) {
        String[] ids = changed.get(change.type() == ChangeType.RENAME ? change.newPath() : change.path());
        switch (change.type()) {
            case ADD -> assertThat(ids[0]).isNull();
            case MODIFY -> assertThat(ids[0]).isNotNull().isNotEqualTo(ids[1]);
            case DELETE -> assertThat(ids[1]).isNull();
            case RENAME -> assertThat(ids[1]).as("a pure rename keeps the blob")
                    .isEqualTo(changed.get(change.path())[0]);
            default -> throw new AssertionError(change);
        }
    }

    @Test
    void earlierVersionsArePrefixesThatGrowTowardsTheFinalFile() throws IOException {
        String path = "src/main/java/com/example/shop/service/OrderService.java";
        String finalText = Files.readString(sample.resolve(path));
        List<String> versions = versionsInHistory(path);
        assertThat(new HashSet<>(versions)).hasSize(spec.versionsOf(path)).hasSize(19);
        // Between commits that change the file, each version extends the one before it.
        assertThat(changesBetweenVersions(versions)).hasSize(18).allSatisfy(change ->
                assertThat(change.after()).startsWith(change.before()).isNotEqualTo(change.before()));
        assertThat(versions.get(0)).startsWith("package com.example.shop.service;").isNotEqualTo(finalText);
        assertThat(versions.get(versions.size() - 1)).isEqualTo(finalText);
    }

    @Test
    void theSameSpecGivesTheSameCommitIdsWherever(@TempDir Path elsewhere) throws IOException {
        Path again = SampleRepository.materialize("legacy-shop", elsewhere.resolve("deeper/other-name"));
        try (Git git = Git.open(again.toFile())) {
            assertThat(git.getRepository().resolve(Constants.HEAD)).isEqualTo(commits.get(commits.size() - 1).getId());
            assertThat(TestRepos.log(git)).hasSize(commits.size());
        }
    }

    @Test
    void versionContentIsDeterministicAndDistinct() {
        byte[] tenLines = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10".getBytes(StandardCharsets.UTF_8);
        assertThat(text(SampleRepository.content(new FileVersion("f", 1, 3, "f"), tenLines))).isEqualTo("1\n2\n3\n4\n");
        assertThat(text(SampleRepository.content(new FileVersion("f", 2, 3, "f"), tenLines)))
                .isEqualTo("1\n2\n3\n4\n5\n6\n7\n");
        assertThat(SampleRepository.content(new FileVersion("f", 3, 3, "f"), tenLines)).isEqualTo(tenLines);
        assertThat(text(SampleRepository.content(new FileVersion("f", 3, 3, "f"), "a\nb\nc".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("a\nb\nc");
        String placeholder1 = text(SampleRepository.content(new FileVersion("gone/X.java", 1, 2, null), new byte[0]));
        String placeholder2 = text(SampleRepository.content(new FileVersion("gone/X.java", 2, 2, null), new byte[0]));
        assertThat(placeholder1).contains("gone/X.java").isNotEqualTo(placeholder2);
    }

    @Test
    void failsWhenASampleFileIsNeverAdded(@TempDir Path dir) throws IOException {
        Path sampleDir = miniSample(dir, "commit\nauthor: A <a@example.com>\ndate: 2020-01-01T00:00:00Z\nmessage: m\n"
                + "add: a.txt\n");
        Files.writeString(sampleDir.resolve("stray.txt"), "x\n");
        assertThatThrownBy(() -> SampleRepository.materialize(sampleDir, dir.resolve("out")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no commit of history.txt adds [stray.txt]");
    }

    @Test
    void failsWhenTheHistoryLeavesAFileTheSampleDoesNotHave(@TempDir Path dir) throws IOException {
        Path sampleDir = miniSample(dir, "commit\nauthor: A <a@example.com>\ndate: 2020-01-01T00:00:00Z\nmessage: m\n"
                + "add: a.txt\nadd: missing.txt\n");
        assertThatThrownBy(() -> SampleRepository.materialize(sampleDir, dir.resolve("out")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("history.txt:6: missing.txt exists after the last commit but the sample has no such file");
    }

    @Test
    void failsWhenAFileHasFewerLinesThanVersions(@TempDir Path dir) throws IOException {
        String head = "commit\nauthor: A <a@example.com>\ndate: 2020-01-01T00:00:00Z\nmessage: m\n";
        Path sampleDir = miniSample(dir, head + "add: a.txt\n" + head + "modify: a.txt\n" + head + "modify: a.txt\n");
        assertThatThrownBy(() -> SampleRepository.materialize(sampleDir, dir.resolve("out")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a.txt has 3 versions in the history but only 2 lines");
    }

    @Test
    void failsWhenAnAddedFileIsIgnoredByTheSamplesGitignore(@TempDir Path dir) throws IOException {
        Path sampleDir = miniSample(dir, "commit\nauthor: A <a@example.com>\ndate: 2020-01-01T00:00:00Z\nmessage: m\n"
                + "add: .gitignore\nadd: a.txt\nadd: debug.log\n");
        Files.writeString(sampleDir.resolve(".gitignore"), "*.log\n");
        Files.writeString(sampleDir.resolve("debug.log"), "log\n");
        assertThatThrownBy(() -> SampleRepository.materialize(sampleDir, dir.resolve("out")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("history.txt:7: debug.log was not staged");
    }

    @Test
    void refusesANonEmptyTargetAndASampleWithoutHistory(@TempDir Path dir) throws IOException {
        Path sampleDir = miniSample(dir, "commit\nauthor: A <a@example.com>\ndate: 2020-01-01T00:00:00Z\nmessage: m\n"
                + "add: a.txt\n");
        Path target = Files.createDirectories(dir.resolve("out"));
        Files.writeString(target.resolve("existing"), "x");
        assertThatThrownBy(() -> SampleRepository.materialize(sampleDir, target))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not empty");
        Files.delete(sampleDir.resolve("history.txt"));
        assertThatThrownBy(() -> SampleRepository.materialize(sampleDir, dir.resolve("out2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no history.txt");
    }

    @Test
    void aMalformedSpecFailsWithItsLineNumber(@TempDir Path dir) throws IOException {
        Path sampleDir = miniSample(dir, "commit\nauthor: A <a@example.com>\ndate: yesterday\n");
        assertThatThrownBy(() -> SampleRepository.materialize(sampleDir, dir.resolve("out")))
                .isInstanceOf(HistorySpecException.class).hasMessageStartingWith("history.txt:3: invalid date");
    }

    private static Path miniSample(Path dir, String history) throws IOException {
        Path sampleDir = Files.createDirectories(dir.resolve("sample"));
        Files.writeString(sampleDir.resolve("history.txt"), history);
        Files.writeString(sampleDir.resolve("a.txt"), "one\ntwo\n");
        return sampleDir;
    }

    /** Path → {old blob id, new blob id} (null where absent) of the files that differ between two commits. */
    private static Map<String, String[]> diff(Repository repository, RevCommit parent, RevCommit commit)
            throws IOException {
        Map<String, String[]> changed = new HashMap<>();
        try (TreeWalk walk = new TreeWalk(repository)) {
            if (parent == null) {
                walk.addTree(new org.eclipse.jgit.treewalk.EmptyTreeIterator());
            } else {
                walk.addTree(parent.getTree());
            }
            walk.addTree(commit.getTree());
            walk.setRecursive(true);
            walk.setFilter(TreeFilter.ANY_DIFF);
            while (walk.next()) {
                String before = walk.getFileMode(0).getObjectType() == Constants.OBJ_BAD ? null : walk.getObjectId(0).name();
                String after = walk.getFileMode(1).getObjectType() == Constants.OBJ_BAD ? null : walk.getObjectId(1).name();
                changed.put(walk.getPathString(), new String[] {before, after});
            }
        }
        return changed;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}

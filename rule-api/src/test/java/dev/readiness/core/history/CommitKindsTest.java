package dev.readiness.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The one definition of a defect fix and of a sweep, on messages rewritten from real projects' histories. */
class CommitKindsTest {

    private static Commit commit(String message) {
        return commit("1", message, Instant.parse("2024-03-01T10:00:00Z"), 1, List.of("src/Order.java"));
    }

    private static Commit commit(String id, String message, Instant time, int parents, List<String> paths) {
        return new Commit(id, "Ann", "ann@example.com", time, message, parents, paths.stream()
                .map(path -> new FileChange(path, null, FileChange.Kind.MODIFY, 1, 1)).toList());
    }

    private static CommitKind kindOf(String message) {
        return CommitKinds.kindAlone(commit(message));
    }

    @Test
    void defectWordsInTheSubjectMakeAFix() {
        assertThat(List.of("Fix rounding of order totals", "fixes the crash on startup", "Bug in coupon expiry",
                "Regression: totals ignore discounts", "Avoid NPE when the cart is empty", "Plug a connection leak",
                "Broken pagination after a search", "Wrong currency in invoices", "Incorrect tax for exports",
                "fix(parser): accept trailing commas", "Hotfix for checkout",
                "Issue #203: fix Javadoc parsing error on inline tags", "Add a null check to fix the NPE on checkout"))
                .allSatisfy(message -> assertThat(kindOf(message)).as(message).isEqualTo(CommitKind.DEFECT_FIX));
    }

    @Test
    void issueReferencesInTheSubjectMakeAFixUnlessTheSubjectNamesOtherWork() {
        assertThat(List.of("[SHOP-1729] Totals count cancelled lines", "Totals count cancelled lines (gh-77)",
                "Fix #42: the search ignores the date filter", "GH-311 totals count cancelled lines",
                "Bug 12345 - totals count cancelled lines", "BZ 45678: totals count cancelled lines",
                "Totals count cancelled lines, see #91"))
                .allSatisfy(message -> assertThat(kindOf(message)).as(message).isEqualTo(CommitKind.DEFECT_FIX));
        assertThat(List.of("[SHOP-1730] Add a coupon report", "Fixes #3814 : implement coupon stacking (#3815)",
                "Refactor the pricing rules (SHOP-12)", "fix(deps): update the payment client to v2.4.1 (#4696)",
                "Keep totals stable across currencies (#1770)", "Support UTF-8 and ISO-8859-1 file names",
                "Add coupons\n\nThis fixes a bug too", "Add coupons\n\nThis closes #12",
                "chore: add nullness annotations. Fixes #3503",
                "Post-merge #77 fix to Javadoc", "More work on #4515: start refactoring the factory",
                "Finish the factory rework (complete #4515)"))
                .allSatisfy(message -> assertThat(kindOf(message)).as(message).isEqualTo(CommitKind.CHANGE));
    }

    @Test
    void staticAnalysisChoresAndABackportsTwoPullRequestNumbersAreNotFixes() {
        assertThat(List.of("Issue #1621: resolve error-prone violations in the pricing rules",
                "Issue #1622: resolve Pitest suppressions for the cart", "Issue #1623: re-enable the final-class inspection",
                "Issue #1624: refractor the coupon parser", "Log the retry count at debug level (#14829) (#14835)"))
                .allSatisfy(message -> assertThat(kindOf(message)).as(message).isEqualTo(CommitKind.CHANGE));
        assertThat(List.of("Issue #1625: fix NPE when reporting violations", "Totals count cancelled lines (gh-77) (#14835)"))
                .allSatisfy(message -> assertThat(kindOf(message)).as(message).isEqualTo(CommitKind.DEFECT_FIX));
    }

    @Test
    void whereMostCommitsReferenceAnIssueOnlyTheWordsDecide() {
        List<Commit> habit = IntStream.range(0, 20).mapToObj(i -> commit("h" + i, "Issue #" + (100 + i)
                + ": count cancelled lines in report " + i, Instant.parse("2024-03-01T10:00:00Z").plus(Duration.ofDays(i)),
                1, List.of("src/Report" + i + ".java"))).toList();
        Commit wordsSayFix = commit("w", "Issue #300: fix rounding of totals", Instant.parse("2024-04-01T10:00:00Z"), 1,
                List.of("src/Order.java"));
        List<Commit> withHabit = new ArrayList<>(habit);
        withHabit.add(wordsSayFix);

        CommitKinds kinds = CommitKinds.of(withHabit);

        assertThat(kinds.referencesDecide()).isFalse();
        assertThat(habit).allSatisfy(commit -> assertThat(kinds.kindOf(commit)).isEqualTo(CommitKind.CHANGE));
        assertThat(kinds.kindOf(wordsSayFix)).isEqualTo(CommitKind.DEFECT_FIX);
        // a merged commit from elsewhere is judged with the same habit; judged alone, its reference decides
        Commit merged = commit("m", "Issue #301: totals count cancelled lines", Instant.parse("2024-04-02T10:00:00Z"), 1,
                List.of("src/Order.java"));
        assertThat(kinds.forMerged(List.of(merged)).kindOf(merged)).isEqualTo(CommitKind.CHANGE);
        assertThat(CommitKinds.kindAlone(merged)).isEqualTo(CommitKind.DEFECT_FIX);
        // half the commits referencing an issue is no habit yet, and neither are a few commits that all do
        List<Commit> half = new ArrayList<>(habit);
        IntStream.range(0, 20).mapToObj(i -> commit("p" + i, "Count cancelled lines in summary " + i,
                Instant.parse("2024-05-01T10:00:00Z").plus(Duration.ofDays(i)), 1, List.of("src/Summary" + i + ".java")))
                .forEach(half::add);
        assertThat(CommitKinds.of(half).referencesDecide()).isTrue();
        assertThat(CommitKinds.of(habit.subList(0, 10)).referencesDecide()).isTrue();
    }

    @Test
    void anIssueReferenceInTheBodyCountsBesideADefectWordOrAsABugTrackerReference() {
        assertThat(List.of(
                "Count cancelled lines once\n\nThey were counted twice, a regression of 2.3.\n\nCloses gh-1234",
                "Count cancelled lines once\n\nThe totals were wrong.\n\nFixes #88",
                "Count cancelled lines once\n\nReported in Bugzilla by Bob",
                "Count cancelled lines once\n\nSee BZ 45678"))
                .allSatisfy(message -> assertThat(kindOf(message)).as(message).isEqualTo(CommitKind.DEFECT_FIX));
        assertThat(List.of("Keep totals in the store currency\n\nCloses gh-1236",
                "Keep totals in the store currency\n\nFixes #89",
                "Upgrade to the 2024 payment client\n\nCloses gh-1235",
                "Keep totals in the store currency\n\nAlso fixes a Javadoc typo.\n\nCloses gh-1237"))
                .allSatisfy(message -> assertThat(kindOf(message)).as(message).isEqualTo(CommitKind.CHANGE));
    }

    @Test
    void fixesOfFormAreSweepsOrOtherWorkNeverDefectFixes() {
        assertThat(List.of("Javadoc fixes", "Fix typo", "fix typos in the README", "Fix indentation",
                "Fix whitespace", "Fix checkstyle violations", "Fix formatting", "Fix imports",
                "Fix license header", "Polishing", "Polish contribution", "Fix Javadoc of OrderService",
                "chore: fix javadoc warnings in the core", "Remove @author tags", "Use constant",
                "Use JRE constants", "Formatting", "Format code with spotless", "Update license headers",
                "Update copyright year", "Organize imports", "Apply spotless", "Remove trailing whitespace",
                "Sort members", "Javadoc", "Better Javadoc", "Remove dead comments", "Comments", "style: reformat",
                "Yet more javadoc fixes", "Minor javadoc improvement wrt #5063", "minor: fix typo",
                "resolve intellij and spotbugs warnings", "[javadoc] Fix incorrect class names in the examples",
                "docs(verify): fixes to the explanations (#3838)"))
                .allSatisfy(message -> assertThat(kindOf(message)).as(message).isEqualTo(CommitKind.SWEEP));
        assertThat(List.of("fixes the build", "Fix flaky test", "Fix broken links in the guide",
                "Partial fix for compiler warnings on Java 21", "Add prefix handling", "Debugging output",
                "Add messages when throwing NullPointerException", "Add a regression test for the coupon bug",
                "Use color &#123; escapes"))
                .allSatisfy(message -> assertThat(kindOf(message)).as(message).isEqualTo(CommitKind.CHANGE));
    }

    @Test
    void nearMissesOfSweepSubjectsStayChanges() {
        assertThat(List.of("Fix whitespace handling in the tokenizer", "Format dates as ISO-8601 in exports",
                "Add a formatter for money amounts", "Fix Javadoc parsing of inline tags",
                "Detect trailing whitespace in the Google style", "Added checks for copyright",
                "Throw IllegalArgumentException for trailing whitespace",
                "Update formatting of the requirements error"))
                .allSatisfy(message -> assertThat(kindOf(message)).as(message).isNotEqualTo(CommitKind.SWEEP));
    }

    @Test
    void twoFixesWithOneSubjectAreOneDefect() {
        Commit contribution = commit("2", "[SHOP-892] Fix atomic add of unique items (#688)", Instant.EPOCH, 1,
                List.of("Index.java"));
        Commit followUp = commit("1", "[SHOP-892] Fix atomic add of unique items.", Instant.EPOCH, 1,
                List.of("Index.java"));
        Commit another = commit("3", "[SHOP-893] Fix atomic add of unique items", Instant.EPOCH, 1,
                List.of("Index.java"));

        assertThat(CommitKinds.defectKey(contribution)).isEqualTo(CommitKinds.defectKey(followUp))
                .isNotEqualTo(CommitKinds.defectKey(another));
    }

    @Test
    void aMergeIsNeverAFix() {
        Commit merge = commit("1", "Merge pull request #12 from ann/fix-npe", Instant.EPOCH, 2, List.of("A.java"));

        assertThat(CommitKinds.kindAlone(merge)).isEqualTo(CommitKind.MERGE);
    }

    @Test
    void aMergeOfAMechanicalPullRequestIsASweep() {
        Commit formatting = commit("1", "Merge pull request #4465 from ann/format-sources\n\nFormat code with spotless",
                Instant.EPOCH, 2, List.of("A.java"));

        assertThat(CommitKinds.kindAlone(formatting)).isEqualTo(CommitKind.SWEEP);
    }

    @Test
    void aCommitChangingVeryManyFilesIsASweepWhateverItsSubject() {
        List<String> files = IntStream.range(0, CommitKinds.BULK_FILES).mapToObj(i -> "src/F" + i + ".java").toList();

        assertThat(CommitKinds.kindAlone(commit("1", "Fix null handling everywhere", Instant.EPOCH, 1, files)))
                .isEqualTo(CommitKind.SWEEP);
        assertThat(CommitKinds.kindAlone(commit("1", "Fix null handling everywhere", Instant.EPOCH, 1,
                files.subList(1, files.size())))).isEqualTo(CommitKind.DEFECT_FIX);
    }

    @Test
    void oneSubjectRepeatedOverManyFilesInADayIsASweepButRepeatedWorkOnOneFileIsNot() {
        Instant morning = Instant.parse("2024-09-12T08:00:00Z");
        List<Commit> spread = IntStream.range(0, 5).mapToObj(i -> commit("s" + i, "Remove redundant syntax",
                morning.plus(Duration.ofMinutes(i)), 1, List.of("src/F" + i + ".java"))).toList();
        List<Commit> focused = IntStream.range(0, 5).mapToObj(i -> commit("f" + i,
                "[SHOP-9] Parsing accepts full-width digits", morning.plus(Duration.ofMinutes(i)), 1,
                List.of("src/NumberParser.java"))).toList();
        List<Commit> fewer = spread.subList(0, 4);

        assertThat(spread).extracting(CommitKinds.of(spread)::kindOf).containsOnly(CommitKind.SWEEP);
        assertThat(focused).extracting(CommitKinds.of(focused)::kindOf).containsOnly(CommitKind.DEFECT_FIX);
        assertThat(fewer).extracting(CommitKinds.of(fewer)::kindOf).containsOnly(CommitKind.CHANGE);
    }

    @Test
    void historyCountsNoSweepAsAChangeExceptForTheFilesItAdds() {
        History history = new History(List.of(
                new Commit("3", "Bob", "bob@example.com", Instant.parse("2024-03-03T00:00:00Z"),
                        "Update license headers", 1, List.of(
                        new FileChange("Order.java", null, FileChange.Kind.MODIFY, 1, 1),
                        new FileChange("Notice.java", null, FileChange.Kind.ADD, 20, 0))),
                commit("2", "Fix rounding", Instant.parse("2024-03-02T00:00:00Z"), 1, List.of("Order.java")),
                new Commit("1", "Ann", "ann@example.com", Instant.parse("2024-03-01T00:00:00Z"), "Add orders", 1,
                        List.of(new FileChange("Order.java", null, FileChange.Kind.ADD, 20, 0)))),
                Duration.ofDays(365), false, false);

        assertThat(history.commits()).extracting(history::kindOf)
                .containsExactly(CommitKind.SWEEP, CommitKind.DEFECT_FIX, CommitKind.CHANGE);
        assertThat(history.file("Order.java").orElseThrow().revisions()).isEqualTo(2);
        assertThat(history.file("Order.java").orElseThrow().revisionsByAuthor()).containsOnlyKeys("ann@example.com");
        assertThat(history.file("Notice.java").orElseThrow().creator()).isEqualTo("bob@example.com");
    }
}

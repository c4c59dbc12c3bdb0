package dev.readiness.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.MergeBaseDelta;
import dev.readiness.core.analysis.ScanTarget;
import dev.readiness.core.analysis.SourceTexts;
import dev.readiness.core.metrics.CodeHealthSummary;
import dev.readiness.core.metrics.FileHealth;
import dev.readiness.core.metrics.HealthBand;
import dev.readiness.core.rule.BaselineState;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Region;
import dev.readiness.core.score.ReadinessScore;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Pull-request mode against the findings of the merge base: a repository rule's finding is new only when the merge
 * base did not have it, whatever the branch did to the file it is shown on; any other finding when the merge base
 * did not have it or a line of it changed.
 */
class MergeBaseTest {

    private static final String ORDER = "src/main/java/shop/Order.java";
    private static final String ORDER_TEXT = "package shop;\n\nclass Order {\n    void pay() { }\n    void ship() { }\n}\n";
    private static final String POM_TEXT = "<project>\n  <version>1.0</version>\n</project>\n";
    private static final String README_TEXT = "# Shop\n";
    private static final String WRAPPER = "context/unreproducible-build";
    private static final String HOTSPOT = "history/hotspot";
    private static final String CYCLE = "architecture/package-cycle";
    private static final MergeBase.Rules RULES = new MergeBase.Rules(Set.of(WRAPPER, HOTSPOT, CYCLE), Set.of());
    private static final GateComparisons.Request SINCE_MAIN = new GateComparisons.Request(null, null, "main");

    @Test
    void aRepositoryFindingTheMergeBaseHadIsUnchangedThoughItsFileChangedAndItsNumbersMoved() {
        Finding noWrapper = finding(WRAPPER, "pom.xml", 1, "No Maven wrapper: add one");
        Finding hotspotThen = finding(HOTSPOT, ORDER, 1, "Hotspot #2 of 5: 7 changes, code health 8.5");
        Finding hotspotNow = finding(HOTSPOT, ORDER, 1, "Hotspot #1 of 5: 8 changes, code health 8.1");
        MergeBase base = MergeBase.of(result(Map.of("pom.xml", POM_TEXT, ORDER, ORDER_TEXT), noWrapper, hotspotThen),
                changes(Map.of("pom.xml", lines(2), ORDER, lines(4))), RULES);

        AnalysisResult compared = GateComparisons.compare(result(Map.of("pom.xml",
                POM_TEXT.replace("1.0", "1.1"), ORDER, ORDER_TEXT), noWrapper, hotspotNow), SINCE_MAIN, base);

        assertThat(compared.findings()).extracting(Finding::ruleId, Finding::baselineState).containsExactlyInAnyOrder(
                tuple(WRAPPER, BaselineState.UNCHANGED), tuple(HOTSPOT, BaselineState.UNCHANGED));
    }

    @Test
    void ofTwoFindingsOnOneAnchorOnlyTheOneTheBranchBroughtIsNew() {
        Finding noWrapper = finding(WRAPPER, "pom.xml", 1, "No Maven wrapper: add one");
        Finding noJava = finding(WRAPPER, "pom.xml", 1, "No Java version declared");
        MergeBase base = MergeBase.of(result(Map.of("pom.xml", POM_TEXT), noWrapper),
                changes(Map.of("pom.xml", lines(2))), RULES);

        AnalysisResult compared = GateComparisons.compare(result(Map.of("pom.xml", POM_TEXT), noWrapper, noJava),
                SINCE_MAIN, base);

        assertThat(compared.findings()).extracting(Finding::message, Finding::baselineState).containsExactlyInAnyOrder(
                tuple("No Maven wrapper: add one", BaselineState.UNCHANGED),
                tuple("No Java version declared", BaselineState.NEW));
    }

    @Test
    void aFindingWhoseCountsMovedIsTheOneTheMergeBaseHadNotANewOneBesideIt() {
        String coupling = "history/change-coupling";
        MergeBase base = MergeBase.of(result(Map.of(ORDER, ORDER_TEXT),
                        finding(coupling, ORDER, 1, "Changes together with Cart.java in 6 of 9 commits")),
                changes(Map.of(ORDER, lines(4))), new MergeBase.Rules(Set.of(coupling), Set.of()));

        AnalysisResult compared = GateComparisons.compare(result(Map.of(ORDER, ORDER_TEXT),
                finding(coupling, ORDER, 1, "Changes together with Cart.java in 7 of 10 commits"),
                finding(coupling, ORDER, 1, "Changes together with Basket.java in 5 of 5 commits")), SINCE_MAIN, base);

        assertThat(compared.findings()).extracting(Finding::message, Finding::baselineState).containsExactly(
                tuple("Changes together with Basket.java in 5 of 5 commits", BaselineState.NEW),
                tuple("Changes together with Cart.java in 7 of 10 commits", BaselineState.UNCHANGED));
    }

    @Test
    void aRepositoryRulesFindingOnARealLineIsAlsoNewWhenTheBranchEditedIt() {
        String assertionFree = "testing/assertion-free-test";
        Finding pay = finding(assertionFree, ORDER, 4, "Test 'pay' checks nothing");
        Finding ship = finding(assertionFree, ORDER, 5, "Test 'ship' checks nothing");
        MergeBase base = MergeBase.of(result(Map.of(ORDER, ORDER_TEXT), pay, ship), changes(Map.of(ORDER, lines(5))),
                new MergeBase.Rules(Set.of(assertionFree), Set.of()));

        AnalysisResult compared = GateComparisons.compare(result(Map.of(ORDER, ORDER_TEXT), pay, ship), SINCE_MAIN,
                base);

        assertThat(compared.findings()).extracting(Finding::message, Finding::baselineState).containsExactly(
                tuple("Test 'pay' checks nothing", BaselineState.UNCHANGED),
                tuple("Test 'ship' checks nothing", BaselineState.NEW));
    }

    @Test
    void aFindingAboutTheRepositoryKeepsItsIdentityWhenItsAnchorMovesToANewReadme() {
        Finding onPom = finding(WRAPPER, "pom.xml", 1, "Truck factor 2: if Alice left");
        Finding onReadme = finding(WRAPPER, "README.md", 1, "Truck factor 1: if Alice left");
        MergeBase base = MergeBase.of(result(Map.of("pom.xml", POM_TEXT), onPom),
                changes(Map.of("README.md", lines(1))), RULES);

        AnalysisResult compared = GateComparisons.compare(result(Map.of("README.md", README_TEXT), onReadme),
                SINCE_MAIN, base);

        assertThat(compared.findings()).extracting(Finding::baselineState).containsExactly(BaselineState.UNCHANGED);
    }

    @Test
    void aHotspotOnAnotherFileIsNew() {
        String other = "src/main/java/shop/Cart.java";
        MergeBase base = MergeBase.of(result(Map.of(ORDER, ORDER_TEXT), finding(HOTSPOT, ORDER, 1, "Hotspot #1")),
                changes(Map.of(other, lines(1))), RULES);

        AnalysisResult compared = GateComparisons.compare(result(Map.of(ORDER, ORDER_TEXT, other, ORDER_TEXT),
                finding(HOTSPOT, ORDER, 1, "Hotspot #2"), finding(HOTSPOT, other, 1, "Hotspot #1")), SINCE_MAIN, base);

        assertThat(compared.findings()).extracting(finding -> finding.location().path(), Finding::baselineState)
                .containsExactlyInAnyOrder(tuple(ORDER, BaselineState.UNCHANGED), tuple(other, BaselineState.NEW));
    }

    @Test
    void aCodeFindingIsNewWhenTheMergeBaseLackedItOrALineOfItChanged() {
        Finding pay = finding("modularity/long-method", ORDER, 4, "pay is long");
        Finding ship = finding("modularity/long-method", ORDER, 5, "ship is long");
        Finding large = finding("modularity/large-file", ORDER, 1, "Order has 1,200 lines");
        MergeBase base = MergeBase.of(result(Map.of(ORDER, ORDER_TEXT), pay, ship),
                changes(Map.of(ORDER, lines(5))), RULES);

        AnalysisResult compared = GateComparisons.compare(result(Map.of(ORDER, ORDER_TEXT), pay, ship, large),
                SINCE_MAIN, base);

        assertThat(compared.findings()).extracting(Finding::message, Finding::baselineState).containsExactly(
                tuple("Order has 1,200 lines", BaselineState.NEW),
                tuple("pay is long", BaselineState.UNCHANGED),
                tuple("ship is long", BaselineState.NEW));
    }

    @Test
    void aFindingInARenamedFileIsKnownUnderItsOldPath() {
        String moved = "src/main/java/shop/Orders.java";
        MergeBase base = MergeBase.of(result(Map.of(ORDER, ORDER_TEXT),
                        finding("modularity/long-method", ORDER, 4, "pay is long")),
                new ChangedLines("abc123", Map.of(), Map.of(moved, ORDER), Set.of()), RULES);

        AnalysisResult compared = GateComparisons.compare(result(Map.of(moved, ORDER_TEXT),
                finding("modularity/long-method", moved, 4, "pay is long")), SINCE_MAIN, base);

        assertThat(compared.findings()).extracting(Finding::baselineState).containsExactly(BaselineState.UNCHANGED);
    }

    @Test
    void aFindingOnCompiledClassesIsNewOnlyWhenTheMergeBaseLackedItAndItsFileChanged() {
        String cart = "src/main/java/shop/Cart.java";
        Finding inOrder = finding(CYCLE, ORDER, 3, "shop ↔ billing").withProperties(Map.of("analysis", "bytecode"));
        Finding inCart = finding(CYCLE, cart, 3, "shop ↔ billing").withProperties(Map.of("analysis", "bytecode"));
        MergeBase base = MergeBase.of(result(Map.of(ORDER, ORDER_TEXT)), changes(Map.of(cart, lines(3))),
                RULES);

        AnalysisResult compared = GateComparisons.compare(result(Map.of(ORDER, ORDER_TEXT, cart, ORDER_TEXT), inOrder,
                inCart), SINCE_MAIN, base);

        assertThat(compared.findings()).extracting(finding -> finding.location().path(), Finding::baselineState)
                .containsExactlyInAnyOrder(tuple(ORDER, BaselineState.UNCHANGED), tuple(cart, BaselineState.NEW));
    }

    @Test
    void aRuleThatReadCompiledClassesHereIsJudgedLikeAFindingMadeOnThem() {
        String untested = "testing/untested-class";
        String cart = "src/main/java/shop/Cart.java";
        MergeBase base = MergeBase.of(result(Map.of(ORDER, ORDER_TEXT)), changes(Map.of(cart, lines(3))),
                new MergeBase.Rules(Set.of(untested), Set.of(untested)));

        AnalysisResult compared = GateComparisons.compare(result(Map.of(ORDER, ORDER_TEXT, cart, ORDER_TEXT),
                finding(untested, ORDER, 3, "Order has no test"), finding(untested, cart, 3, "Cart has no test")),
                SINCE_MAIN, base);

        assertThat(compared.findings()).extracting(finding -> finding.location().path(), Finding::baselineState)
                .containsExactlyInAnyOrder(tuple(ORDER, BaselineState.UNCHANGED), tuple(cart, BaselineState.NEW));
    }

    @Test
    void withoutAScanOfTheMergeBaseTheChangedLinesDecide() {
        Finding pay = finding("modularity/long-method", ORDER, 4, "pay is long");
        Finding noWrapper = finding(WRAPPER, "pom.xml", 1, "No Maven wrapper: add one");
        MergeBase base = MergeBase.unscanned(changes(Map.of("pom.xml", lines(2))), RULES);

        AnalysisResult compared = GateComparisons.compare(result(Map.of(ORDER, ORDER_TEXT, "pom.xml", POM_TEXT), pay,
                noWrapper), SINCE_MAIN, base);

        assertThat(compared.findings()).extracting(Finding::ruleId, Finding::baselineState).containsExactly(
                tuple(WRAPPER, BaselineState.NEW), tuple("modularity/long-method", BaselineState.UNCHANGED));
        assertThat(compared.comparison().delta().score().before()).isNull();
    }

    @Test
    void theDeltaHasBothScoresAndTheHealthOfEachChangedProductionFileThenAndNow() {
        String added = "src/main/java/shop/Cart.java";
        String deleted = "src/main/java/shop/Legacy.java";
        String renamed = "src/main/java/shop/Payments.java";
        String untouched = "src/main/java/shop/Customer.java";
        AnalysisResult then = result(Map.of(), 70.4, health(ORDER, 9.5), health(deleted, 3.0),
                health("src/main/java/shop/Pay.java", 8.0), health(untouched, 6.0));
        ChangedLines changes = new ChangedLines("abc123", Map.of(ORDER, lines(4), added, lines(1), renamed, lines(2),
                "pom.xml", lines(2)), Map.of(renamed, "src/main/java/shop/Pay.java"), Set.of(deleted));
        MergeBase base = MergeBase.of(then, changes, RULES);

        MergeBaseDelta delta = GateComparisons.compare(result(Map.of(), 72.0, health(ORDER, 8.2), health(added, 10.0),
                health(renamed, 9.0), health(untouched, 6.0)), SINCE_MAIN, base).comparison().delta();

        assertThat(delta.score().before()).isEqualTo(70.4);
        assertThat(delta.score().change()).isEqualTo(1.6);
        assertThat(delta.files()).extracting(MergeBaseDelta.FileChange::path, MergeBaseDelta.FileChange::previousPath,
                MergeBaseDelta.FileChange::before, MergeBaseDelta.FileChange::now, MergeBaseDelta.FileChange::change)
                .containsExactly(
                        tuple(added, null, null, 10.0, null),
                        tuple(deleted, null, 3.0, null, null),
                        tuple(ORDER, null, 9.5, 8.2, -1.3),
                        tuple(renamed, "src/main/java/shop/Pay.java", 8.0, 9.0, 1.0));
        assertThat(delta.worstFirst()).extracting(MergeBaseDelta.FileChange::path)
                .containsExactly(ORDER, renamed, added, deleted);
    }

    private static ChangedLines changes(Map<String, BitSet> lines) {
        return new ChangedLines("abc123", lines);
    }

    private static BitSet lines(int... numbers) {
        BitSet set = new BitSet();
        java.util.Arrays.stream(numbers).forEach(set::set);
        return set;
    }

    private static Finding finding(String ruleId, String path, int line, String message) {
        return new Finding(ruleId, Level.WARNING, message, Location.of(path, Region.line(line), ""), List.of());
    }

    private static FileHealth health(String path, double value) {
        return new FileHealth(path, 100, value, HealthBand.GREEN, List.of());
    }

    private static AnalysisResult result(Map<String, String> texts, Finding... findings) {
        return result(texts, 50.0, List.of(findings), List.of());
    }

    private static AnalysisResult result(Map<String, String> texts, double score, FileHealth... files) {
        return result(texts, score, List.of(), List.of(files));
    }

    private static AnalysisResult result(Map<String, String> texts, double score, List<Finding> findings,
                                         List<FileHealth> files) {
        ScanTarget target = new ScanTarget("shop", "", "0123456789abcdef0123456789abcdef01234567", null, "main", true,
                "History available", null);
        SourceTexts sources = path -> Optional.ofNullable(texts.get(path));
        return AnalysisResult.builder(target, new ReadinessScore(score, List.of())).findings(findings).sources(sources)
                .measures(new dev.readiness.core.analysis.ScanMetrics(Map.of(), 0, 0, 0, 0, 0, 0, 0, List.of()),
                        dev.readiness.core.metrics.TestMetrics.EMPTY, CodeHealthSummary.of(files))
                .build();
    }
}

package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.cli.browser.BrowserAvailability;
import dev.readiness.cli.browser.HeadlessChromium;
import dev.readiness.cli.browser.ScreenshotComparison;
import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.ScanTarget;
import dev.readiness.core.report.html.HtmlReportWriter;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Region;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.score.ReadinessScore;
import dev.readiness.core.score.ReadinessScorer;
import dev.readiness.core.score.ScoreMeasures;
import dev.readiness.core.testing.TestRuleMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The HTML report's layout in a real headless Chromium: the top of the page against a golden screenshot, no
 * horizontal scrolling and no overlapping cards on a desktop or a phone, a print layout without controls, and
 * 20,000 findings shown 50 at a time.
 */
@ExtendWith(BrowserAvailability.class)
class HtmlReportLayoutTest {

    private static final int FINDINGS = 20_000;
    /** Share of 16 px blocks allowed to differ from the golden: font antialiasing, not a moved section. */
    private static final double SCREENSHOT_TOLERANCE = 0.02;

    @TempDir
    static Path work;
    private static Path sampleReport;
    /** With the rules below the precision bar, whose notes point into deep source paths. */
    private static Path sampleReportWithNotes;
    @AutoClose
    private static HeadlessChromium browser;

    @BeforeAll
    static void scanTheSampleAndStartTheBrowser() {
        sampleReport = SampleReports.htmlAndJson(work, "legacy-shop").resolve("readiness.html");
        sampleReportWithNotes = SampleReports.htmlAndJson(work.resolve("with-notes"), "legacy-shop", "--unproven-rules")
                .resolve("readiness.html");
        browser = HeadlessChromium.start(1280, 900);
    }

    @Test
    void theTopOfTheReportLooksAsReviewed() {
        browser.setViewport(1280, 900);
        browser.open(sampleReport);

        ScreenshotComparison.forThisModule().assertMatchesGolden("legacy-shop-report-top", browser.screenshot(),
                SCREENSHOT_TOLERANCE);
    }

    @Test
    void onADesktopTheCategoriesSitThreeInARowAndNothingScrollsSideways() {
        browser.setViewport(1280, 900);
        browser.open(sampleReport);

        List<Box> cards = boxes(".card");
        assertThat(horizontalOverflow()).isZero();
        assertThat(cards).hasSize(6);
        assertThat(cards.subList(0, 3)).extracting(Box::top).containsOnly(cards.get(0).top());
        assertThat(cards.get(3).top()).isGreaterThanOrEqualTo(cards.get(0).bottom());
        assertThat(cards).allSatisfy(card -> assertThat(cards).filteredOn(other -> other != card)
                .noneMatch(card::overlaps));
        assertThat(boxes("#hotspot-chart").get(0).width()).isGreaterThan(800);
    }

    @Test
    void aFindingsLocationBreaksOnlyBetweenDirectoriesNeverInsideFileAndLine() {
        browser.setViewport(390, 844);
        browser.open(sampleReportWithNotes);

        Number files = (Number) browser.script("return document.querySelectorAll('.findings-table .location .file')"
                + ".length");
        Number broken = (Number) browser.script("return Array.from(document.querySelectorAll("
                + "'.findings-table .location .file')).filter(e => e.getClientRects().length !== 1).length");
        Object texts = browser.script("return Array.from(document.querySelectorAll('.findings-table .location'))"
                + ".map(e => e.textContent)");

        assertThat(files.intValue()).isPositive();
        assertThat(broken.intValue()).isZero();
        // the break opportunities add no characters: the cell still reads as the path and line
        assertThat((List<?>) texts).anySatisfy(text -> assertThat(text.toString())
                .matches("src/main/java/(\\w+/)+\\w+\\.java:\\d+"));
    }

    @Test
    void onAPhoneTheCardsStackAndNothingScrollsSideways() {
        browser.setViewport(390, 844);
        browser.open(sampleReport);

        List<Box> cards = boxes(".card");
        assertThat(horizontalOverflow()).isZero();
        assertThat(IntStream.range(1, cards.size()))
                .allSatisfy(i -> assertThat(cards.get(i).top()).isGreaterThanOrEqualTo(cards.get(i - 1).bottom()));
        assertThat(cards).allSatisfy(card -> assertThat(card.right()).isLessThanOrEqualTo(390));
    }

    @Test
    void aPackageCycleIsDrawnWithItsCutEdgeVisibleAndItsLabelsInsideTheDrawing() {
        Path report = SampleReports.htmlAndJson(work, "layered-app").resolve("readiness.html");
        browser.setViewport(1280, 900);

        browser.open(report);

        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(boxes(".cycle-graph")).singleElement().satisfies(graph -> assertThat(graph.width()).isGreaterThan(300));
        Number cutLength = (Number) browser.script("return document.querySelector('.cycle-graph path.edge.cut')"
                + ".getTotalLength()");
        assertThat(cutLength.doubleValue()).isGreaterThan(50);
        // every label's box lies within the drawing's view box
        Object outside = browser.script("const svg = document.querySelector('.cycle-graph');"
                + "const view = svg.viewBox.baseVal;"
                + "return Array.from(svg.querySelectorAll('text')).filter(t => { const b = t.getBBox();"
                + " return b.x < view.x || b.y < view.y || b.x + b.width > view.x + view.width"
                + " || b.y + b.height > view.y + view.height; }).map(t => t.textContent);");
        assertThat((List<?>) outside).isEmpty();
    }

    @Test
    void printingHidesTheControlsAndMakesAPdf() {
        browser.setViewport(1280, 900);
        browser.open(sampleReport);

        byte[] pdf = browser.printToPdf();
        browser.emulateMedia("print");
        Object filtersShown = browser.script("return getComputedStyle(document.querySelector('.filters')).display");
        Object navShown = browser.script("return getComputedStyle(document.querySelector('.page-header nav')).display");
        browser.emulateMedia("");

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(20_000);
        assertThat(List.of(filtersShown, navShown)).containsOnly("none");
    }

    @Test
    void twentyThousandFindingsAreShownFiftyAtATime() throws IOException {
        Path report = work.resolve("many.html");
        Files.write(report, new HtmlReportWriter().toBytes(manyFindings()));
        browser.setViewport(1280, 900);

        browser.open(report);
        double loadedMillis = ((Number) browser.script(
                "return performance.getEntriesByType('navigation')[0].loadEventEnd")).doubleValue();
        System.out.printf("20,000 findings: page loaded and first page listed after %.0f ms%n", loadedMillis);

        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(text("finding-count")).isEqualTo("Showing 1–50 of 20,000 findings");
        assertThat(browser.driver().findElements(By.cssSelector("#findings-table tbody tr"))).hasSize(50);
        browser.driver().findElement(By.id("page-next")).click();
        assertThat(text("finding-count")).isEqualTo("Showing 51–100 of 20,000 findings");
        assertThat(text("page-info")).isEqualTo("page 2 of 400");
        browser.driver().findElement(By.id("filter-path")).sendKeys("/p7/");
        assertThat(text("finding-count")).isEqualTo("Showing 1–50 of 200 findings");
        // generous: a frozen page takes seconds; this one is expected in a few hundred milliseconds
        assertThat(loadedMillis).isLessThan(5_000);
    }

    private static AnalysisResult manyFindings() {
        RuleMetadata rule = TestRuleMetadata.rule("hygiene/console-logging")
                .summary("Production code writes to the console.")
                .description("System.out bypasses the logging configuration.")
                .help("# Console logging\n\n## How to fix\n\nUse a logger.\n").level(Level.NOTE).build();
        List<Finding> findings = IntStream.range(0, FINDINGS).mapToObj(i -> new Finding(rule.id(), Level.NOTE,
                "System.out in production code (" + i + ").",
                Location.of("src/main/java/p" + (i % 100) + "/F" + i + ".java", Region.line(i % 300 + 1), ""),
                List.of())).toList();
        // scored by the real scorer from the findings alone: this page has no models to measure
        ReadinessScore score = ReadinessScorer.score(new ScoreMeasures(null, null, null, null, List.of(rule), findings,
                Map.of()));
        ScanTarget target = new ScanTarget("many-findings", "", null, null, null, false, "Not a Git repository", null);
        return AnalysisResult.builder(target, score).rules(List.of(rule)).findings(findings).build();
    }

    private static String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    private static long horizontalOverflow() {
        return ((Number) browser.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
    }

    private static List<Box> boxes(String selector) {
        return browser.driver().findElements(By.cssSelector(selector)).stream().map(Box::of).toList();
    }

    /** An element's rectangle in CSS pixels. */
    record Box(int left, int top, int width, int height) {

        static Box of(WebElement element) {
            org.openqa.selenium.Rectangle rectangle = element.getRect();
            return new Box(rectangle.getX(), rectangle.getY(), rectangle.getWidth(), rectangle.getHeight());
        }

        int right() {
            return left + width;
        }

        int bottom() {
            return top + height;
        }

        boolean overlaps(Box other) {
            return left < other.right() && other.left < right() && top < other.bottom() && other.top < bottom();
        }
    }
}

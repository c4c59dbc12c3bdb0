package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.cli.browser.BrowserAvailability;
import dev.readiness.cli.browser.HeadlessChromium;
import dev.readiness.core.testing.TestRepos;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The HTML report of a repository whose file names and code are markup, opened in a real headless Chromium: none of
 * it runs, whether the page writes it (headings, tables, the printed findings) or its script does (the findings
 * list, the path filter). Each payload would set {@code window.pwned}.
 */
@ExtendWith(BrowserAvailability.class)
class HostileHtmlBrowserTest {

    private static final String IMAGE = "src/main/java/shop/<img src=x onerror=window.pwned=1>.java";
    /** A directory "<script>window.pwned=2<" holding "script>.java". */
    private static final String SCRIPT = "src/main/java/shop/<script>window.pwned=2</script>.java";
    /** Not Java: a tool notification names it. */
    private static final String SVG = "src/main/java/shop/<svg onload=window.pwned=3>.java";
    private static final String ASSERTED = "</script><script>window.pwned=4</script>";

    @TempDir
    static Path work;
    private static Path report;
    @AutoClose
    private static HeadlessChromium browser;

    @BeforeAll
    static void scanAndStartTheBrowser() {
        Path repository = work.resolve("markup");
        try (Git git = TestRepos.init(repository)) {
            TestRepos.commitFiles(git, Map.of(IMAGE, nested("Image"), SCRIPT, nested("Script"), SVG, "class Svg {",
                    "src/test/java/shop/MarkupTest.java", MARKUP_TEST), "<b onmouseover=window.pwned=5>Markup</b>");
        }
        report = work.resolve("readiness.html");
        CliRun scan = CliRun.of("scan", repository.toString(), "--unproven-rules", "--no-cache", "--quiet", "--format",
                "html", "--output", report.toString());
        assertThat(scan.exitCode()).as(scan.err()).isEqualTo(ExitCode.OK);
        browser = HeadlessChromium.start(1280, 900);
    }

    @BeforeEach
    void openTheReport() {
        browser.open(report);
    }

    @Test
    void noNameOrMessageRunsAndEachShowsAsText() {
        List<String> locations = browser.driver().findElements(By.cssSelector("#findings-table tbody .location"))
                .stream().map(WebElement::getText).toList();

        assertThat(browser.script("return typeof window.pwned")).isEqualTo("undefined");
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(browser.script("return document.scripts.length + ' ' + document.querySelectorAll("
                + "'img, [onerror], [onload], [onmouseover]').length")).isEqualTo("2 0");
        assertThat(locations).anySatisfy(location -> assertThat(location).contains("<img src=x onerror=window.pwned=1>.java:"))
                .anySatisfy(location -> assertThat(location).contains("<script>window.pwned=2</script>.java:"));
        assertThat(browser.driver().findElement(By.id("findings-table")).getText())
                .contains("compares \"" + ASSERTED + "\" with itself");
        assertThat(browser.driver().findElement(By.id("notes")).getAttribute("textContent"))
                .contains("<svg onload=window.pwned=3>.java");
    }

    @Test
    void filteringByAPathOfMarkupListsItsFindingsAsText() {
        browser.driver().findElement(By.id("filter-path")).sendKeys("<img src=x");

        assertThat(browser.driver().findElements(By.cssSelector("#findings-table tbody .location")))
                .isNotEmpty().allSatisfy(location -> assertThat(location.getText()).startsWith(IMAGE + ":"));
        assertThat(browser.script("return typeof window.pwned")).isEqualTo("undefined");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** A method nested six deep: a finding at the file's path. */
    private static String nested(String name) {
        return "package shop;\n\nclass " + name + " {\n    int route(int a) {\n"
                + "        if (a > 0) { if (a > 1) { if (a > 2) { if (a > 3) { if (a > 4) { if (a > 5) {\n"
                + "            return a;\n        } } } } } }\n        return 0;\n    }\n}\n";
    }

    private static final String MARKUP_TEST = """
            package shop;

            import static org.junit.jupiter.api.Assertions.assertEquals;

            import org.junit.jupiter.api.Test;

            class MarkupTest {
                @Test
                void markup() {
                    assertEquals("{markup}", "{markup}");
                }
            }
            """.replace("{markup}", ASSERTED);
}

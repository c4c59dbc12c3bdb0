package dev.readiness.cli.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The browser's console as chromedriver records it with goog:loggingPrefs browser=ALL: console.error calls
 * and uncaught exceptions both arrive as SEVERE entries. chromedriver hands out each entry only once, so the
 * entries are collected here until the next page is opened.
 */
final class ConsoleLog {

    private final WebDriver driver;
    private final List<String> errors = new ArrayList<>();

    ConsoleLog(WebDriver driver) {
        this.driver = driver;
    }

    /**
     * Forgets everything logged so far, before a new page is opened. The page still open finishes its task first:
     * an error it raised while loading may not have reached the log yet and must not be counted for the next page.
     */
    void clear() {
        settle();
        drain();
        errors.clear();
    }

    /**
     * Every error so far. Lets the page finish its current task first: an unhandled promise rejection is only
     * reported at the end of the task that rejected, and would otherwise be missed by a quick look.
     */
    List<String> errors() {
        settle();
        drain().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .forEach(errors::add);
        return List.copyOf(errors);
    }

    /** One round trip through the page's task queue: what it logged before is in the log after. */
    private void settle() {
        ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " setTimeout(done, 0);");
    }

    private List<LogEntry> drain() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }
}

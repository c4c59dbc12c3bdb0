package dev.readiness.core.portfolio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.core.analysis.ToolInfo;
import dev.readiness.core.report.ShownText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the JSON scan reports in a directory and below it (as a CI job downloads a matrix's artifacts), in path
 * order so the portfolio never depends on the file system's listing order. A .json file that is not a scan report
 * of ours is skipped with a note; one that cannot be read, is not valid JSON or is a report of another schema
 * version stops everything, as does a directory without any report.
 */
public final class ReportDirectory {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** The reports read, in path order, and a one-line note for every .json file skipped. */
    public record Contents(List<ScanReport> reports, List<String> skipped) {

        public Contents {
            reports = List.copyOf(reports);
            skipped = List.copyOf(skipped);
        }
    }

    private ReportDirectory() {
    }

    public static Contents read(Path directory) throws PortfolioException {
        List<ScanReport> reports = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<Path> files = jsonFiles(directory);
        for (Path file : files) {
            String relative = relative(directory, file);
            String shown = ShownText.of(directory.resolve(relative).toString());
            Optional<ScanReport> report = ReportReader.read(parse(file, shown), relative, shown);
            report.ifPresentOrElse(reports::add,
                    () -> skipped.add("skipped " + shown + ": not a " + ToolInfo.NAME + " scan report (it lacks "
                            + "tool.name \"" + ToolInfo.NAME + "\" or schemaVersion)"));
        }
        if (reports.isEmpty()) {
            throw new PortfolioException("no " + ToolInfo.NAME + " JSON scan report in "
                    + ShownText.of(directory.toString()) + (files.isEmpty() ? " (no .json file in it or below it)"
                    : " (" + files.size() + " .json file(s), none of them a scan report)"));
        }
        return new Contents(reports, skipped);
    }

    /** One JSON scan report, such as an earlier scan to compare with; fails on a file that is not one of ours. */
    public static ScanReport readFile(Path file) throws PortfolioException {
        String shown = ShownText.of(file.toString());
        if (!Files.isRegularFile(file)) {
            throw new PortfolioException(shown + ": no such file");
        }
        return ReportReader.read(parse(file, shown), shown, shown).orElseThrow(() -> new PortfolioException(shown
                + ": not a " + ToolInfo.NAME + " JSON scan report (it lacks tool.name \"" + ToolInfo.NAME
                + "\" or schemaVersion)"));
    }

    /** Regular files named *.json (any case) in the directory and below, sorted by their relative path. */
    private static List<Path> jsonFiles(Path directory) throws PortfolioException {
        String shown = ShownText.of(directory.toString());
        if (!Files.exists(directory)) {
            throw new PortfolioException(shown + ": no such directory");
        }
        if (!Files.isDirectory(directory)) {
            throw new PortfolioException(shown + " is not a directory; give the directory holding the JSON reports");
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(path -> path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .filter(Files::isRegularFile)
                    .sorted((left, right) -> relative(directory, left).compareTo(relative(directory, right)))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new PortfolioException("cannot read the directory " + shown + ": " + reason(e), e);
        }
    }

    private static JsonNode parse(Path file, String shown) throws PortfolioException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PortfolioException("cannot read " + shown + ": " + reason(e), e);
        }
        try {
            JsonNode root = JSON.readTree(bytes);
            if (root == null || root.isMissingNode()) {
                throw new PortfolioException(shown + ": not valid JSON: the file is empty");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new PortfolioException(shown + ": not valid JSON" + at(e) + ": "
                    + ShownText.of(firstLine(e.getOriginalMessage())), e);
        } catch (IOException e) {
            throw new PortfolioException("cannot read " + shown + ": " + reason(e), e);
        }
    }

    private static String at(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end).strip();
    }

    private static String relative(Path directory, Path file) {
        return directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static String reason(Exception e) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        return ShownText.of(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
    }
}

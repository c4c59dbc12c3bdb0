package dev.readiness.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** What {@code readiness portfolio} writes, and the file extensions that choose each one when --format is left out. */
enum PortfolioFormat {
    MD("md", "markdown"),
    HTML("html", "htm"),
    JSON("json"),
    CSV("csv");

    private final String[] extensions;

    PortfolioFormat(String... extensions) {
        this.extensions = extensions;
    }

    static PortfolioFormat parse(String text) throws UsageException {
        String id = text.toLowerCase(Locale.ROOT);
        for (PortfolioFormat format : values()) {
            if (format.extensions[0].equals(id)) {
                return format;
            }
        }
        throw new UsageException("--format " + text + ": portfolio writes md, html, json or csv");
    }

    /** The format --format names; else the one the output file's extension names; else Markdown. */
    static PortfolioFormat choose(String format, Path output) throws UsageException {
        if (format != null) {
            return parse(format);
        }
        if (output == null) {
            return MD;
        }
        return fromFileName(output.getFileName() == null ? "" : output.getFileName().toString())
                .orElseThrow(() -> new UsageException("--output " + output + ": cannot tell the format from the "
                        + "file name; name it .md, .html, .json or .csv, or give --format"));
    }

    private static Optional<PortfolioFormat> fromFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (PortfolioFormat format : values()) {
            for (String extension : format.extensions) {
                if (lower.endsWith("." + extension)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }

    String id() {
        return extensions[0];
    }
}

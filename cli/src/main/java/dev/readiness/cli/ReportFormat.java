package dev.readiness.cli;

import java.util.Locale;

/** The formats {@code scan --format} accepts, with the file name used when writing into a directory. */
enum ReportFormat {
    TEXT("readiness.txt"),
    SARIF("readiness.sarif"),
    JSON("readiness.json"),
    MD("readiness.md"),
    HTML("readiness.html"),
    /** The HTML report printed by a headless Chromium ({@link PdfPrinter}). */
    PDF("readiness.pdf");

    private final String defaultFileName;

    ReportFormat(String defaultFileName) {
        this.defaultFileName = defaultFileName;
    }

    String defaultFileName() {
        return defaultFileName;
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The names shown in help, as users type them. */
    static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(values()).map(ReportFormat::id).iterator();
        }
    }
}

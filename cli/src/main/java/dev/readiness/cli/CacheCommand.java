package dev.readiness.cli;

import dev.readiness.core.cache.CacheFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code readiness cache}: what the scans keep between runs, and a way to drop it. */
@Command(name = "cache",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Shows or clears what scans keep between runs: per-file results, commit changes and the last reports "
                + "of each scanned repository.",
            "",
            "The cache only makes rescans faster: clearing it changes no report. Only the cache's own files are "
                + "touched, never other files in the directory."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  readiness cache --info",
            "  readiness cache --clear",
            "  readiness cache --info --cache-dir /tmp/readiness-cache"},
        exitCodeListHeading = ExitCode.HELP_HEADING,
        exitCodeList = {"0:done", ExitCode.USAGE_ERROR_HELP})
final class CacheCommand implements Callable<Integer> {

    private final Streams streams;

    @Option(names = "--info", description = "List the cache files by kind, with their sizes and when a scan last "
            + "wrote them.")
    boolean info;

    @Option(names = "--clear", description = "Delete the cache files.")
    boolean clear;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "The cache directory (default: ~/.cache/readiness, or $XDG_CACHE_HOME/readiness).")
    Path cacheDir;

    CacheCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws UsageException {
        if (info == clear) {
            throw new UsageException("give either --info or --clear");
        }
        Path directory = cacheDir != null ? cacheDir : CacheFiles.defaultDirectory();
        try {
            List<CacheFiles.Stored> stored = CacheFiles.list(directory);
            if (clear) {
                CacheFiles.clear(directory);
                streams.out().println("Deleted " + stored.size() + " cache file(s) (" + megabytes(total(stored))
                        + ") from " + directory);
            } else {
                info(directory, stored);
            }
        } catch (IOException e) {
            throw new UsageException("cannot read the cache directory " + directory + ": " + e.getMessage(), e);
        }
        return ExitCode.OK;
    }

    private void info(Path directory, List<CacheFiles.Stored> stored) {
        streams.out().println("Cache directory: " + directory);
        if (stored.isEmpty()) {
            streams.out().println("No cache files.");
            return;
        }
        for (CacheFiles.Stored file : stored) {
            streams.out().println(String.format(Locale.ROOT, "  %-8s %10s  written %s  %s", file.kind(),
                    megabytes(file.bytes()), file.modified(), file.name()));
        }
        streams.out().println(String.format(Locale.ROOT, "%d file(s), %s in all", stored.size(),
                megabytes(total(stored))));
    }

    private static long total(List<CacheFiles.Stored> stored) {
        return stored.stream().mapToLong(CacheFiles.Stored::bytes).sum();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }
}

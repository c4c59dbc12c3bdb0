package dev.readiness.core.engine;

import dev.readiness.core.analysis.ToolNotification;
import dev.readiness.core.cache.ContentCache;
import dev.readiness.core.repo.FileContent;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.repo.RepositorySnapshot;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.JavaFileRule;
import dev.readiness.core.rule.Level;
import dev.readiness.core.source.FileFacts;
import dev.readiness.core.source.JavaSourceParser;
import dev.readiness.core.source.ParseOutcome;
import dev.readiness.core.source.SuppressionMarker;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parses every Java file on a thread pool and runs the per-file rules on each tree as soon as it is
 * built, so trees never pile up in memory; only compact {@link dev.readiness.core.source.FileFacts} stay.
 */
final class JavaFileStage {

    private static final long PARSER_STACK_BYTES = 16L * 1024 * 1024;

    private final List<ActiveRule> rules;
    private final int threads;
    private final ProgressListener progress;
    private final ContentCache<FileAnalysis> cache;
    private final FactExtraction extraction;
    private final ThreadLocal<JavaSourceParser> parsers = ThreadLocal.withInitial(JavaSourceParser::new);

    /**
     * {@code rules}: the active per-file rules, each a {@link JavaFileRule}; {@code extraction}: the facts the
     * repository rules take from the trees.
     */
    JavaFileStage(List<ActiveRule> rules, FactExtraction extraction, int threads, ProgressListener progress,
                  ContentCache<FileAnalysis> cache) {
        this.rules = rules;
        this.extraction = extraction;
        this.threads = threads;
        this.progress = progress;
        this.cache = cache;
    }

    /** The stage's output: what is kept of each Java file, in the order of the files given. */
    record Parsed(List<FileAnalysis> files) {

        Parsed {
            files = List.copyOf(files);
        }

        List<FileFacts> facts() {
            return files.stream().flatMap(file -> file.parsedFacts().stream()).toList();
        }

        /** The per-file rules' findings, file by file. */
        List<Finding> findings() {
            return files.stream().flatMap(file -> file.findings().stream()).toList();
        }

        List<ToolNotification> notifications() {
            return files.stream().flatMap(file -> file.notifications().stream()).toList();
        }

        /** The files parsed as test code: those the listing made test code and those found to declare tests. */
        java.util.Set<String> testCodePaths() {
            return facts().stream().filter(FileFacts::isTestCode).map(FileFacts::path)
                    .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        }

        /** The files found to be generated when parsed. */
        java.util.Set<String> generatedPaths() {
            return files.stream().filter(file -> file.status() == FileAnalysis.Status.GENERATED)
                    .map(FileAnalysis::path).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        }

        int count(FileAnalysis.Status status) {
            return (int) files.stream().filter(file -> file.status() == status).count();
        }

        /** The in-source suppression markers of each parsed file that has any, by path. */
        Map<String, List<SuppressionMarker>> markersByPath() {
            Map<String, List<SuppressionMarker>> markers = new HashMap<>();
            facts().stream().filter(file -> !file.suppressions().isEmpty())
                    .forEach(file -> markers.put(file.path(), file.suppressions()));
            return markers;
        }
    }

    /** Results in the order of {@code files}, whatever order the threads finish in. */
    Parsed run(RepositorySnapshot snapshot, List<RepoFile> files) throws AnalysisException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            // JavaParser's visitors recurse; generated code with deep expressions needs a large stack
            Thread thread = new Thread(null, runnable, "readiness-parse", PARSER_STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        });
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<FileAnalysis>> futures = new ArrayList<>(files.size());
            for (RepoFile file : files) {
                futures.add(pool.submit(() -> {
                    FileAnalysis analysis = analyse(snapshot, file);
                    progress.progress("parse", done.incrementAndGet(), files.size());
                    return analysis;
                }));
            }
            List<FileAnalysis> results = new ArrayList<>(files.size());
            for (Future<FileAnalysis> future : futures) {
                results.add(future.get());
            }
            return new Parsed(results);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalysisException("interrupted while parsing", e);
        } catch (ExecutionException e) {
            throw new AnalysisException("parsing failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** From the cache when this exact content was analysed before at this path, else parsed and checked. */
    private FileAnalysis analyse(RepositorySnapshot snapshot, RepoFile file) {
        String knownBlobId = file.treeBlobId();
        if (knownBlobId != null) {
            Optional<FileAnalysis> cached = cache.get(cacheKey(file, knownBlobId));
            if (cached.isPresent()) {
                return retyped(cached.get()); // not even read: Git already told us the content is unchanged
            }
        }
        FileContent content;
        try {
            content = snapshot.read(file);
        } catch (IOException e) {
            return notice(file, ToolNotification.forFile("unreadable-file", Level.WARNING, file.path(),
                    "cannot be read: " + e.getMessage()), FileAnalysis.Status.SKIPPED);
        }
        String key = cacheKey(file, content.blobId());
        if (knownBlobId == null) {
            Optional<FileAnalysis> cached = cache.get(key);
            if (cached.isPresent()) {
                return retyped(cached.get());
            }
        }
        FileAnalysis analysis = parseAndCheck(file, content);
        cache.put(key, analysis);
        return analysis;
    }

    /** Findings depend on the path (and its kind) as well as the content: a moved file is analysed again. */
    private static String cacheKey(RepoFile file, String blobId) {
        return blobId + " " + file.kind() + " " + file.path();
    }

    private FileAnalysis parseAndCheck(RepoFile file, FileContent content) {
        ParseOutcome outcome = parsers.get().parse(file, content.bytes(), content.blobId());
        if (outcome instanceof ParseOutcome.Skipped skipped) {
            return notice(file, ToolNotification.forFile("skipped-file", Level.NOTE, skipped.path(),
                    skipped.reason()), FileAnalysis.Status.SKIPPED);
        }
        if (outcome instanceof ParseOutcome.Failed failed) {
            return notice(file, new ToolNotification("parse-error", Level.WARNING, "cannot be parsed as Java: "
                    + failed.message(), failed.path(), failed.line(), failed.column()), FileAnalysis.Status.FAILED);
        }
        if (outcome instanceof ParseOutcome.Generated) {
            return new FileAnalysis(file.path(), null, List.of(), List.of(), FileAnalysis.Status.GENERATED);
        }
        ParseOutcome.Parsed parsed = (ParseOutcome.Parsed) outcome;
        List<Finding> findings = new ArrayList<>();
        List<ToolNotification> notifications = new ArrayList<>();
        parsed.warning().ifPresent(warning ->
                notifications.add(ToolNotification.forFile("decoding", Level.NOTE, file.path(), warning)));
        for (ActiveRule rule : rules) {
            if (!rule.judges(parsed.file().file().kind())) { // the role the content refined
                continue;
            }
            try {
                ((JavaFileRule) rule.rule()).check(parsed.file(), rule.sink(findings));
            } catch (RuntimeException | StackOverflowError e) {
                // one rule's bug must not stop the scan: it becomes a notification naming the rule and file
                notifications.add(ToolNotification.forFile("rule-error", Level.ERROR, file.path(),
                        "rule " + rule.metadata().id() + " failed on this file: " + e));
            }
        }
        return new FileAnalysis(file.path(), parsed.facts().withExtracted(extraction.extract(parsed.file())),
                findings, notifications, FileAnalysis.Status.PARSED);
    }

    private FileAnalysis retyped(FileAnalysis cached) {
        return new FileAnalysis(cached.path(), cached.facts() == null ? null : extraction.retype(cached.facts()),
                cached.findings(), cached.notifications(), cached.status());
    }

    private static FileAnalysis notice(RepoFile file, ToolNotification notification, FileAnalysis.Status status) {
        return new FileAnalysis(file.path(), null, List.of(), List.of(notification), status);
    }
}

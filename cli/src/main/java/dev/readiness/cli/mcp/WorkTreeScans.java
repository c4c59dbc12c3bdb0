package dev.readiness.cli.mcp;

import dev.readiness.core.concurrent.Failures;
import dev.readiness.core.engine.AnalysisException;
import dev.readiness.core.engine.Analyzer;
import dev.readiness.core.engine.ProgressListener;
import dev.readiness.core.engine.Scan;
import dev.readiness.core.engine.ScanRequest;
import dev.readiness.core.repo.GitRepository;
import dev.readiness.core.repo.RepositoryReader;
import dev.readiness.core.repo.ScanInputException;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The scans the server answers from: the work tree's, kept until a file in it (or HEAD, or the index) changes, and
 * the scans of base commits, which never change. A work tree that holds exactly HEAD's files is HEAD's scan too;
 * otherwise, once the work tree is scanned, HEAD's commit is scanned on a thread of its own, so the first
 * check_change after an edit waits only for the work tree. The repository is only read, as by
 * {@code readiness scan}.
 */
final class WorkTreeScans implements AutoCloseable {

    /** Base commits kept scanned; an agent compares against one or two. */
    private static final int BASES_KEPT = 2;

    private final Analyzer analyzer;
    private final RuleRegistry registry;
    private final ScanRequest request;
    private final Map<String, FutureTask<BaseScan>> bases = new LinkedHashMap<>();
    private Scan current;
    private String currentStamp;

    WorkTreeScans(RuleRegistry registry, ScanRequest request) {
        this.analyzer = Analyzer.keepingCaches(registry, ProgressListener.NONE);
        this.registry = registry;
        this.request = request;
    }

    /** Every rule the scans may run, known without scanning. */
    List<RuleMetadata> rules() {
        return registry.metadata();
    }

    /** The scan of the work tree as it is now: the last one when nothing changed since. */
    synchronized Scan current() throws ScanInputException, AnalysisException {
        String stamp = stamp();
        if (current == null || !stamp.equals(currentStamp)) {
            if (current != null) {
                // let go of the stale scan first: a large repository's two scans and the one built fill the heap
                current.close();
                current = null;
            }
            Scan fresh = analyzer.analyze(request);
            current = fresh;
            currentStamp = stamp;
            Optional<String> head = fresh.sameAsHeadCommit();
            if (head.isPresent() && stamp().equals(stamp)) {
                keepAsBase(BaseScan.of(head.get(), fresh.result()));
            } else {
                scanHeadAside(fresh);
            }
        }
        return current;
    }

    /** Keeps {@code base}, found without a scan of its own, unless its commit is scanned or being scanned already. */
    private void keepAsBase(BaseScan base) {
        FutureTask<BaseScan> known = new FutureTask<>(() -> base);
        known.run();
        if (bases.putIfAbsent(base.commit(), known) == null) {
            forgetOldestFinishedBeyond(BASES_KEPT);
        }
    }

    /**
     * What check_change needs of the scan of the commit {@code revision} names (a branch, tag, HEAD~1 or an id), read
     * from Git objects; a scan of it already under way is waited for, not started again.
     */
    BaseScan at(String revision) throws ScanInputException, AnalysisException {
        String commit = resolve(revision);
        FutureTask<BaseScan> scan;
        synchronized (this) {
            scan = bases.get(commit);
            if (scan == null) {
                scan = new FutureTask<>(() -> scanOf(commit));
                bases.put(commit, scan);
                forgetOldestFinishedBeyond(BASES_KEPT);
            }
        }
        scan.run(); // nothing when it ran or runs on another thread
        try {
            return scan.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalysisException("interrupted while scanning " + revision, e);
        } catch (ExecutionException e) {
            forget(commit, scan); // the next call tries again
            throw rethrown(e.getCause());
        }
    }

    /**
     * Starts scanning HEAD's commit on a daemon thread, once {@code workTree}'s caches are written (its files are
     * mostly HEAD's); a failure there is met again by whoever asks for it.
     */
    private void scanHeadAside(Scan workTree) {
        Thread thread = new Thread(() -> {
            try {
                workTree.awaitCachesWritten();
                at("HEAD");
            } catch (ScanInputException | AnalysisException | RuntimeException e) {
                // a repository without commits, a broken one: check_change says so when it is called
            }
        }, "readiness-mcp-base");
        thread.setDaemon(true);
        thread.start();
    }

    private BaseScan scanOf(String commit) throws ScanInputException, AnalysisException {
        try (Scan scan = analyzer.analyze(request.atCommit(commit))) {
            return BaseScan.of(commit, scan.result());
        }
    }

    private void forgetOldestFinishedBeyond(int kept) {
        List<String> finished = bases.entrySet().stream().filter(entry -> entry.getValue().isDone())
                .map(Map.Entry::getKey).toList();
        for (int i = 0; i < finished.size() && bases.size() > kept; i++) {
            bases.remove(finished.get(i));
        }
    }

    private synchronized void forget(String commit, FutureTask<BaseScan> failed) {
        bases.remove(commit, failed);
    }

    /** The failure of a scan as the caller would have met it; thrown when it is no {@link AnalysisException}. */
    private static AnalysisException rethrown(Throwable cause) throws ScanInputException {
        if (cause instanceof ScanInputException input) {
            throw input;
        }
        if (cause instanceof AnalysisException analysis) {
            return analysis;
        }
        Failures.throwIfUnchecked(cause);
        return new AnalysisException("scanning failed: " + cause, cause);
    }

    /** The full id of the commit {@code revision} names. */
    String resolve(String revision) throws ScanInputException {
        try (GitRepository git = RepositoryReader.openGit(request.path())) {
            ObjectId id = git.repository().resolve(revision + "^{commit}");
            if (id == null) {
                throw new ScanInputException("no commit '" + revision + "' in this repository");
            }
            return id.name();
        } catch (IOException | RuntimeException e) {
            throw new ScanInputException("cannot resolve '" + revision + "': " + e.getMessage(), e);
        }
    }

    /**
     * What changes when the work tree does: each regular file's path, size and modification time outside .git
     * (symbolic links are not followed), and Git's HEAD and index.
     */
    private String stamp() {
        Path root = request.path();
        StringBuilder stamp = new StringBuilder();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                    if (directory.getFileName() != null && directory.getFileName().toString().equals(".git")) {
                        stamp.append(describe(directory.resolve("HEAD"))).append(describe(directory.resolve("index")));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        stamp.append(file).append('\u0000').append(attributes.size()).append('\u0000')
                                .append(attributes.lastModifiedTime().toMillis()).append('\n');
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    stamp.append(file).append("\u0000unreadable\n");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return "unreadable:" + System.nanoTime(); // scan again: the analysis says what it cannot read
        }
        return Integer.toHexString(stamp.toString().hashCode()) + ":" + stamp.length();
    }

    private static String describe(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return file + "\u0000" + attributes.size() + "\u0000" + attributes.lastModifiedTime().toMillis() + "\n";
        } catch (IOException e) {
            return file + "\u0000absent\n";
        }
    }

    @Override
    public synchronized void close() {
        if (current != null) {
            current.close();
        }
        bases.clear();
    }
}

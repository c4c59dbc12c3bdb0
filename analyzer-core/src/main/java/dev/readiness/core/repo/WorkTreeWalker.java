package dev.readiness.core.repo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Lists a work tree or a plain directory from directory entries and the Git index alone, in Git's path order.
 * Nothing is hashed, filtered or followed here: symbolic links, submodules and anything that is not a regular
 * file or a directory (FIFOs, devices, sockets, which would block or never end when read) are listed as skipped
 * with the reason; untracked entries that an ignore rule matches are left out, tracked ones kept.
 */
final class WorkTreeWalker {

    private static final String GIT = ".git";
    private static final Comparator<Entry> GIT_ORDER = (a, b) -> Arrays.compare(a.sortKey(), b.sortKey());

    private final String scope;
    private final TrackedFiles tracked;
    private final Listing listing = new Listing();

    private WorkTreeWalker(String scope, TrackedFiles tracked) {
        this.scope = scope;
        this.tracked = tracked;
    }

    /** One directory entry, its attributes read without following a link. */
    private record Entry(String name, Path path, BasicFileAttributes attributes) {

        /** Git sorts a directory as if its name ended in '/'. */
        byte[] sortKey() {
            String key = attributes.isDirectory() ? name + "/" : name;
            return key.getBytes(StandardCharsets.UTF_8);
        }
    }

    /**
     * The files under {@code root} (a real path) in {@code scope} ("" for all); the index's {@code tracked} files
     * keep its blob id while unchanged; {@code gitDirectory} (null for a plain directory) adds its info/exclude to
     * the ignore rules.
     */
    static Listing walk(Path root, String scope, TrackedFiles tracked, Path gitDirectory) {
        WorkTreeWalker walker = new WorkTreeWalker(scope, tracked);
        walker.directory(root, "", IgnoreRules.atRoot(root, gitDirectory, walker.listing), false);
        return walker.listing;
    }

    private void directory(Path directory, String relative, IgnoreRules rules, boolean ignoredDirectory) {
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            for (Path child : stream) {
                String name = child.getFileName().toString();
                if (!name.equals(GIT)) {
                    entries.add(new Entry(name, child, Files.readAttributes(child, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS)));
                }
            }
        } catch (IOException e) {
            listing.skip(relative.isEmpty() ? "." : relative, "directory cannot be read (" + e.getMessage() + ")");
            return;
        }
        entries.sort(GIT_ORDER);
        for (Entry entry : entries) {
            visit(entry, relative.isEmpty() ? entry.name() : relative + "/" + entry.name(), rules, ignoredDirectory);
        }
    }

    private void visit(Entry entry, String path, IgnoreRules rules, boolean ignoredDirectory) {
        boolean inScope = scope.isEmpty() || path.equals(scope) || path.startsWith(scope + "/");
        if (!inScope && !scope.startsWith(path + "/")) {
            return;
        }
        BasicFileAttributes attributes = entry.attributes();
        boolean isDirectory = attributes.isDirectory();
        boolean ignored = ignoredDirectory || rules.isIgnored(path, isDirectory);
        boolean trackedEntry = isDirectory ? tracked.holdsTracked(path) || tracked.isSubmodule(path)
                : tracked.isTracked(path);
        if (ignored && !trackedEntry) {
            return;
        }
        if (isDirectory) {
            if (tracked.isSubmodule(path) || Files.exists(entry.path().resolve(GIT), LinkOption.NOFOLLOW_LINKS)) {
                skipInScope(inScope, path, "submodule, not scanned");
            } else {
                directory(entry.path(), path, rules.enter(entry.path(), path, listing), ignored);
            }
        } else if (!inScope) {
            return;
        } else if (attributes.isSymbolicLink()) {
            listing.skip(path, "symbolic link, not followed");
        } else if (attributes.isRegularFile()) {
            listing.addFile(new RepoFile(path, RepositoryReader.CONVENTIONS.roleOf(path), "", attributes.size(),
                    tracked.unchangedBlobId(path, attributes)));
        } else {
            listing.skip(path, "not a regular file (a FIFO, device or socket), not read");
        }
    }

    private void skipInScope(boolean inScope, String path, String reason) {
        if (inScope) {
            listing.skip(path, reason);
        }
    }
}

package dev.readiness.core.repo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.Repository;

/**
 * What the Git index says about the work tree: which paths are tracked, which are submodules, and the blob id of
 * a file whose size and modification time still match the index entry (git's own "stat clean" test). A file that
 * fails the test, or was written in the same instant as the index (racily clean), gets no id here: its bytes are
 * hashed when read, so no configured clean filter ever runs to compute one.
 */
final class TrackedFiles {

    private static final TrackedFiles NONE = new TrackedFiles(Map.of(), Set.of(), Set.of(), Instant.MIN);

    private final Map<String, DirCacheEntry> merged;
    private final Set<String> conflicted;
    private final Set<String> directories;
    private final Instant indexTime;

    private TrackedFiles(Map<String, DirCacheEntry> merged, Set<String> conflicted, Set<String> directories,
                         Instant indexTime) {
        this.merged = merged;
        this.conflicted = conflicted;
        this.directories = directories;
        this.indexTime = indexTime;
    }

    /** A plain directory: nothing tracked. */
    static TrackedFiles none() {
        return NONE;
    }

    static TrackedFiles of(Repository repository) throws IOException {
        Path indexFile = repository.getIndexFile().toPath();
        if (!Files.exists(indexFile)) {
            return NONE;
        }
        DirCache index = DirCache.read(repository.getIndexFile(), repository.getFS());
        Map<String, DirCacheEntry> merged = new HashMap<>();
        Set<String> conflicted = new HashSet<>();
        Set<String> directories = new HashSet<>();
        for (int i = 0; i < index.getEntryCount(); i++) {
            DirCacheEntry entry = index.getEntry(i);
            String path = entry.getPathString();
            if (entry.getStage() == DirCacheEntry.STAGE_0) {
                merged.put(path, entry);
            } else {
                conflicted.add(path);
            }
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                directories.add(path.substring(0, slash));
            }
        }
        return new TrackedFiles(merged, conflicted, directories,
                Files.getLastModifiedTime(indexFile).toInstant());
    }

    boolean isTracked(String path) {
        return merged.containsKey(path) || conflicted.contains(path);
    }

    /** A directory holding at least one tracked path: entered even when an ignore rule matches it. */
    boolean holdsTracked(String directory) {
        return directories.contains(directory);
    }

    boolean isSubmodule(String path) {
        DirCacheEntry entry = merged.get(path);
        return entry != null && entry.getFileMode() == FileMode.GITLINK;
    }

    /** The index's blob id when the file is stat clean, null when its bytes must be hashed. */
    String unchangedBlobId(String path, BasicFileAttributes attributes) {
        DirCacheEntry entry = merged.get(path);
        if (entry == null || entry.isSmudged() || entry.getFileMode() == FileMode.GITLINK) {
            return null;
        }
        Instant modified = attributes.lastModifiedTime().toInstant();
        boolean sameStat = entry.getLength() == (int) attributes.size()
                && entry.getLastModifiedInstant().equals(modified);
        boolean racilyClean = !modified.isBefore(indexTime);
        return sameStat && !racilyClean ? entry.getObjectId().name() : null;
    }
}

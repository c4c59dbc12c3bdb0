package dev.readiness.core.baseline;

import dev.readiness.core.repo.FileContent;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.repo.RepositorySnapshot;
import java.io.IOException;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.diff.ContentSource;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * Reads {@link ChangedLines} from Git: the merge base's tree diffed against the scanned files (the work tree, so
 * uncommitted edits count too; for a bare repository HEAD's tree), with renames followed so a moved file only
 * counts the lines that really changed, and remembered so findings at the merge base can be found again. The
 * current side is the snapshot's own bytes, never the work tree through JGit, which would run configured
 * clean filters and block on a FIFO.
 */
public final class GitChanges {

    /** Larger files count as changed with no lines, as JGit's diff treats them. */
    private static final int MAX_DIFF_BYTES = 50 * 1024 * 1024;

    private GitChanges() {
    }

    public static ChangedLines since(RepositorySnapshot snapshot, String ref) throws BaselineException {
        Repository repository = snapshot.repository().orElseThrow();
        try (RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader()) {
            RevCommit base = mergeBase(repository, walk, ref);
            return diff(repository, reader, base, snapshot);
        } catch (IOException e) {
            throw new BaselineException("--new-since " + ref + ": cannot compare with the merge base: "
                    + e.getMessage(), e);
        }
    }

    private static RevCommit mergeBase(Repository repository, RevWalk walk, String ref) throws IOException,
            BaselineException {
        ObjectId target;
        ObjectId head;
        try {
            target = repository.resolve(ref + "^{commit}");
            head = repository.resolve("HEAD^{commit}");
        } catch (RevisionSyntaxException | IOException e) {
            throw new BaselineException("--new-since " + ref + ": cannot be resolved (" + e.getMessage() + ")", e);
        }
        if (target == null) {
            throw new BaselineException("--new-since " + ref + ": no such branch, tag or commit"
                    + " (in CI, fetch it first, e.g. git fetch origin main)");
        }
        if (head == null) {
            throw new BaselineException("--new-since " + ref + ": the repository has no commit yet");
        }
        walk.setRevFilter(RevFilter.MERGE_BASE);
        walk.markStart(walk.parseCommit(target));
        walk.markStart(walk.parseCommit(head));
        RevCommit base = walk.next();
        if (base == null) {
            throw new BaselineException("--new-since " + ref + ": has no common history with HEAD"
                    + " (in a shallow clone, fetch more history)");
        }
        walk.reset();
        walk.setRevFilter(RevFilter.ALL);
        return walk.parseCommit(base);
    }

    private static ChangedLines diff(Repository repository, ObjectReader reader, RevCommit base,
                                     RepositorySnapshot snapshot) throws IOException {
        ScannedFiles current = new ScannedFiles(snapshot);
        List<DiffEntry> entries;
        try (TreeWalk walk = new TreeWalk(reader)) {
            walk.setRecursive(true);
            walk.addTree(new DirCacheIterator(baseFiles(reader, base, snapshot.scope())));
            walk.addTree(new DirCacheIterator(current.index()));
            entries = DiffEntry.scan(walk);
        }
        RenameDetector renames = new RenameDetector(reader, repository.getConfig().get(DiffConfig.KEY));
        renames.addAll(entries);
        try {
            entries = renames.compute(new ContentSource.Pair(ContentSource.create(reader), current),
                    NullProgressMonitor.INSTANCE);
        } catch (CanceledException e) {
            throw new IOException("rename detection was cancelled", e); // never: the monitor cannot cancel
        }

        Map<String, BitSet> changed = new HashMap<>();
        Map<String, String> previousPaths = new HashMap<>();
        Set<String> deleted = new HashSet<>();
        for (DiffEntry entry : entries) {
            if (entry.getChangeType() == DiffEntry.ChangeType.DELETE) {
                deleted.add(entry.getOldPath());
                continue;
            }
            if (entry.getChangeType() == DiffEntry.ChangeType.RENAME) {
                previousPaths.put(entry.getNewPath(), entry.getOldPath());
            }
            byte[] before = entry.getChangeType() == DiffEntry.ChangeType.ADD ? new byte[0]
                    : reader.open(entry.getOldId().toObjectId(), Constants.OBJ_BLOB).getCachedBytes(MAX_DIFF_BYTES);
            BitSet lines = changedLines(before, current.bytes(entry.getNewPath()));
            if (!lines.isEmpty() || entry.getChangeType() != DiffEntry.ChangeType.RENAME) {
                changed.put(entry.getNewPath(), lines);
            }
        }
        return new ChangedLines(base.name(), changed, previousPaths, deleted);
    }

    /** The lines of {@code after} an edit added or replaced, 1-based; none for binary or very large content. */
    private static BitSet changedLines(byte[] before, byte[] after) {
        BitSet lines = new BitSet();
        if (after.length > MAX_DIFF_BYTES || RawText.isBinary(before) || RawText.isBinary(after)) {
            return lines;
        }
        // trailing whitespace ignored: a CRLF checkout of an LF commit changes no line
        EditList edits = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
                .diff(RawTextComparator.WS_IGNORE_TRAILING, new RawText(before), new RawText(after));
        for (Edit edit : edits) {
            lines.set(edit.getBeginB() + 1, edit.getEndB() + 1); // Edit lines are 0-based, ours 1-based
        }
        return lines;
    }

    /** The merge base's files under {@code scope}, as an index to walk beside the scanned files. */
    private static DirCache baseFiles(ObjectReader reader, RevCommit base, String scope) throws IOException {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        try (TreeWalk walk = new TreeWalk(reader)) {
            walk.addTree(base.getTree());
            walk.setRecursive(true);
            if (!scope.isEmpty()) {
                walk.setFilter(PathFilter.create(scope));
            }
            while (walk.next()) {
                if ((walk.getRawMode(0) & FileMode.TYPE_MASK) == FileMode.TYPE_FILE) {
                    builder.add(ScannedFiles.entry(walk.getPathString(), walk.getObjectId(0)));
                }
            }
        }
        builder.finish();
        return index;
    }

    /** The scanned files as the new side of the diff: their ids for the walk, their bytes for renames and edits. */
    private static final class ScannedFiles extends ContentSource {

        private final RepositorySnapshot snapshot;
        private final Map<String, byte[]> read = new HashMap<>();
        private final DirCache index = DirCache.newInCore();

        ScannedFiles(RepositorySnapshot snapshot) throws IOException {
            this.snapshot = snapshot;
            DirCacheBuilder builder = index.builder();
            for (RepoFile file : snapshot.files()) {
                String blobId = file.treeBlobId() != null ? file.treeBlobId() : content(file.path()).blobId();
                builder.add(entry(file.path(), ObjectId.fromString(blobId)));
            }
            builder.finish();
        }

        static DirCacheEntry entry(String path, ObjectId id) {
            DirCacheEntry entry = new DirCacheEntry(path);
            entry.setFileMode(FileMode.REGULAR_FILE); // the executable bit changes no line
            entry.setObjectId(id);
            return entry;
        }

        DirCache index() {
            return index;
        }

        byte[] bytes(String path) throws IOException {
            byte[] bytes = read.get(path);
            return bytes != null ? bytes : content(path).bytes();
        }

        private FileContent content(String path) throws IOException {
            FileContent content = snapshot.read(snapshot.file(path).orElseThrow());
            read.put(path, content.bytes());
            return content;
        }

        @Override
        public long size(String path, ObjectId id) throws IOException {
            return bytes(path).length;
        }

        @Override
        public ObjectLoader open(String path, ObjectId id) throws IOException {
            return new ObjectLoader.SmallObject(Constants.OBJ_BLOB, bytes(path));
        }
    }
}

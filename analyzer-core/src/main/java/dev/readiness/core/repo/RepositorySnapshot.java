package dev.readiness.core.repo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.jgit.lib.Repository;

/**
 * The files of one scan, read-only: the work tree (honouring .gitignore) or, for a bare repository, the
 * tree of HEAD. Paths are relative to the repository root; {@link #scope()} is the subdirectory the scan
 * is restricted to ("" for the whole repository).
 */
public final class RepositorySnapshot implements AutoCloseable {

    private final ScanRoot root;
    private final List<RepoFile> files;
    private final Map<String, RepoFile> filesByPath = new HashMap<>();
    private final List<BuildModule> modules;
    private final List<String> skippedEntries;

    RepositorySnapshot(ScanRoot root, Listing listing, List<BuildModule> modules) {
        this.root = root;
        this.files = listing.files().stream().sorted().toList();
        this.files.forEach(file -> filesByPath.put(file.path(), file));
        this.modules = List.copyOf(modules);
        this.skippedEntries = List.copyOf(listing.skipped());
    }

    /**
     * This snapshot with only the files whose repository-relative path {@code inScope} accepts (readiness.yml's
     * include/exclude); the others are neither read nor reported. Shares the open repository: close either one.
     */
    public RepositorySnapshot restrictedTo(Predicate<String> inScope) {
        List<RepoFile> kept = files.stream().filter(file -> inScope.test(file.path())).toList();
        return kept.size() == files.size() ? this
                : new RepositorySnapshot(root, new Listing(kept, skippedEntries), modules);
    }

    /** The name of the scanned directory, for reports. */
    public String displayName() {
        return root.displayName();
    }

    /** The real path of the work tree, plain directory or bare Git directory the files were read from. */
    public Path rootDirectory() {
        return root.directory();
    }

    /** The subdirectory the scan is restricted to, "" for the whole repository. */
    public String scope() {
        return root.scope();
    }

    public List<RepoFile> files() {
        return files;
    }

    public List<BuildModule> modules() {
        return modules;
    }

    /** Branch, HEAD commit and whether history is available. */
    public GitState gitState() {
        return root.gitState();
    }

    /** Entries listed but not analysed (symbolic links, submodules), with the reason, for notifications. */
    public List<String> skippedEntries() {
        return skippedEntries;
    }

    /** The file at the repository-relative {@code path}, empty when it is not in the snapshot. */
    public Optional<RepoFile> file(String path) {
        return Optional.ofNullable(filesByPath.get(path));
    }

    /** The bytes of {@code file} from the work tree or the Git object database, with their blob id. */
    public FileContent read(RepoFile file) throws IOException {
        return root.contentSource().read(file);
    }

    /** The JGit repository, for history analysis; empty for a plain directory. */
    public Optional<Repository> repository() {
        return Optional.ofNullable(root.repository());
    }

    @Override
    public void close() {
        if (root.repository() != null) {
            root.repository().close();
        }
    }
}

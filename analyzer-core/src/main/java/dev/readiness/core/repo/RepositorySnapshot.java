package dev.readiness.core.repo;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;

/**
 * The files of one scan, read-only: the work tree (honouring .gitignore) or, for a bare repository, the
 * tree of HEAD. Paths are relative to the repository root; {@link #scope()} is the subdirectory the scan
 * is restricted to ("" for the whole repository).
 */
public final class RepositorySnapshot implements AutoCloseable {

    private final String displayName;
    private final String scope;
    private final List<RepoFile> files;
    private final Map<String, RepoFile> filesByPath = new HashMap<>();
    private final List<BuildModule> modules;
    private final GitState gitState;
    private final List<String> skippedEntries;
    private final ContentSource contentSource;
    private final Repository repository;

    public RepositorySnapshot(String displayName, String scope, List<RepoFile> files, List<BuildModule> modules,
                       GitState gitState, List<String> skippedEntries, ContentSource contentSource,
                       Repository repository) {
        this.displayName = displayName;
        this.scope = scope;
        this.files = files.stream().sorted().toList();
        this.files.forEach(file -> filesByPath.put(file.path(), file));
        this.modules = List.copyOf(modules);
        this.gitState = gitState;
        this.skippedEntries = List.copyOf(skippedEntries);
        this.contentSource = contentSource;
        this.repository = repository;
    }

    /** The name of the scanned directory, for reports. */
    public String displayName() {
        return displayName;
    }

    public String scope() {
        return scope;
    }

    public List<RepoFile> files() {
        return files;
    }

    public List<BuildModule> modules() {
        return modules;
    }

    public GitState gitState() {
        return gitState;
    }

    /** Entries listed but not analysed (symbolic links, submodules), with the reason, for notifications. */
    public List<String> skippedEntries() {
        return skippedEntries;
    }

    public Optional<RepoFile> file(String path) {
        return Optional.ofNullable(filesByPath.get(path));
    }

    public FileContent read(RepoFile file) throws IOException {
        return contentSource.read(file);
    }

    /** The JGit repository, for history analysis; empty for a plain directory. */
    public Optional<Repository> repository() {
        return Optional.ofNullable(repository);
    }

    @Override
    public void close() {
        if (repository != null) {
            repository.close();
        }
    }

    /** Reads file bytes from wherever the snapshot lives. */
    public interface ContentSource {
        FileContent read(RepoFile file) throws IOException;
    }
}

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

    /** Larger build files are not read: they declare nothing. */
    public static final long MAX_BUILD_FILE_BYTES = 2L * 1024 * 1024;

    private final ScanRoot root;
    private final List<RepoFile> files;
    /** The files as listed, before readiness.yml's include/exclude: what a scan of another tree is compared on. */
    private final List<RepoFile> listed;
    private final Map<String, RepoFile> filesByPath = new HashMap<>();
    private final List<BuildModule> modules;
    private final List<String> skippedEntries;
    private final List<RoleDecision> roleDecisions;

    RepositorySnapshot(ScanRoot root, Listing listing, List<BuildModule> modules) {
        this(root, listing, modules, List.of(), listing.files());
    }

    private RepositorySnapshot(ScanRoot root, Listing listing, List<BuildModule> modules,
                               List<RoleDecision> roleDecisions, List<RepoFile> listed) {
        this.root = root;
        this.roleDecisions = List.copyOf(roleDecisions);
        this.listed = List.copyOf(listed);
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
                : new RepositorySnapshot(root, new Listing(kept, skippedEntries), modules, roleDecisions, listed);
    }

    /**
     * This snapshot with every file's role decided by {@link FileRoles} from the build files it holds (read
     * through this snapshot, never run) and readiness.yml's {@code overrides}. Shares the open repository.
     */
    public RepositorySnapshot withRoles(FileRoles.Overrides overrides) {
        Map<String, RepoFile> byPath = filesByPath;
        FileRoles roles = FileRoles.of(files.stream().map(RepoFile::path).toList(),
                path -> Optional.ofNullable(byPath.get(path)).flatMap(this::buildFileText), overrides);
        List<RepoFile> decided = files.stream().map(file -> file.withKind(roles.roleOf(file.path()))).toList();
        return new RepositorySnapshot(root, new Listing(decided, skippedEntries), modules,
                roles.explain(decided.stream().map(RepoFile::path).toList()), listed);
    }

    /** This snapshot with the files at {@code paths} given {@code role} (code found generated when parsed). */
    public RepositorySnapshot withRole(java.util.Set<String> paths, FileKind role, String reason) {
        if (paths.isEmpty()) {
            return this;
        }
        List<RepoFile> changed = files.stream()
                .map(file -> paths.contains(file.path()) ? file.withKind(role) : file).toList();
        List<RoleDecision> decisions = new java.util.ArrayList<>(roleDecisions);
        paths.stream().sorted().forEach(path -> decisions.add(new RoleDecision(path, role, reason, 1)));
        return new RepositorySnapshot(root, new Listing(changed, skippedEntries), modules,
                decisions.stream().sorted().toList(), listed);
    }

    /** How the files got their roles: one entry per root and reason, with the number of files. */
    public List<RoleDecision> roleDecisions() {
        return roleDecisions;
    }

    /** A build file's text as UTF-8; empty when larger than {@link #MAX_BUILD_FILE_BYTES} or unreadable. */
    public Optional<String> buildFileText(RepoFile file) {
        if (file.size() > MAX_BUILD_FILE_BYTES) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(read(file).bytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty(); // an unreadable build file declares nothing
        }
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

    /**
     * The commit whose tree the files were read from (a bare repository's HEAD, or the revision of
     * {@link RepositoryReader#openAt}); empty when they are a work tree's or a plain directory's, whose build
     * outputs belong to them.
     */
    public Optional<String> commitTree() {
        return Optional.ofNullable(root.commitTree());
    }

    /**
     * Whether this work tree listed exactly the files of {@code commit}'s tree in its scope: the same paths with the
     * same blob ids (the key the per-file cache already trusts), the same entries skipped, and no line endings
     * converted. Build output outside the listing is not looked at here. False for a commit's tree or a plain
     * directory. Reads the files whose id the index could not vouch for; call while the snapshot is open.
     */
    public boolean listsTreeOf(String commit) throws IOException {
        return RepositoryReader.workTreeListsTreeOf(root, listed, skippedEntries, commit);
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

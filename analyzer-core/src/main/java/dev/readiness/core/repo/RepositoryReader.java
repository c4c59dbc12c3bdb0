package dev.readiness.core.repo;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.util.FS;

/**
 * Opens what the user asked to scan: a Git work tree, a subdirectory of one (the scan is restricted to
 * it), a bare repository (the tree of HEAD), or a plain directory (no history). Never writes anything.
 */
public final class RepositoryReader {

    /** Roles before the build files are read; {@link RepositorySnapshot#withRoles} decides them for good. */
    static final FileRoles CONVENTIONS = FileRoles.conventions();

    static {
        ReadOnlyGit.install();
    }

    private RepositoryReader() {
    }

    public static RepositorySnapshot open(Path path) throws ScanInputException {
        Path directory = checkDirectory(path);
        try {
            Repository repository = findRepository(directory);
            if (repository == null) {
                return plainDirectory(directory);
            }
            try {
                return repository.isBare() ? bareRepository(repository, directory) : workTree(repository, directory);
            } catch (IOException | RuntimeException e) {
                repository.close();
                throw e;
            }
        } catch (IOException e) {
            throw new ScanInputException("cannot read " + path + ": " + describe(e), e);
        }
    }

    /**
     * The top of what {@link #open} reads for {@code path}, where readiness.yml lives: the work tree of the
     * Git repository {@code path} lies in (also when {@code path} is a subdirectory), a bare repository's
     * directory, or the plain directory itself. Reads no files.
     */
    public static Path rootDirectory(Path path) throws ScanInputException {
        Path directory = checkDirectory(path);
        try (Repository repository = findRepository(directory)) {
            return repository == null || repository.isBare() ? directory
                    : repository.getWorkTree().toPath().toRealPath();
        } catch (IOException e) {
            throw new ScanInputException("cannot read " + path + ": " + describe(e), e);
        }
    }

    private static Path checkDirectory(Path path) throws ScanInputException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
            throw new ScanInputException(path + " does not exist");
        }
        if (!Files.isDirectory(path)) {
            throw new ScanInputException(path + " is not a directory: give the root of a repository or a directory in one");
        }
        if (!Files.isReadable(path) || !Files.isExecutable(path)) {
            throw new ScanInputException(path + " is not readable: check its permissions");
        }
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new ScanInputException("cannot resolve " + path + ": " + describe(e), e);
        }
    }

    private static Repository findRepository(Path directory) throws IOException, ScanInputException {
        GitMetadata.checkBare(directory);
        File asFile = directory.toFile();
        try {
            if (org.eclipse.jgit.lib.RepositoryCache.FileKey.isGitRepository(asFile, FS.DETECTED)) {
                return new FileRepositoryBuilder().setGitDir(asFile).setMustExist(true).build();
            }
            Path top = GitMetadata.workTreeTop(directory);
            if (top == null) {
                return null;
            }
            // no readEnvironment(): a GIT_DIR set by a hook must not redirect the scan to another repository.
            // Given the work tree, JGit follows a .git file (git init --separate-git-dir, linked worktrees).
            FileRepositoryBuilder builder = new FileRepositoryBuilder().setWorkTree(top.toFile());
            builder.setup();
            GitMetadata.check(builder.getGitDir().toPath());
            return builder.setMustExist(true).build();
        } catch (RepositoryNotFoundException e) {
            return null;
        } catch (IOException | IllegalArgumentException e) {
            Throwable invalid = configurationProblem(e);
            if (invalid != null) {
                throw new ScanInputException("cannot read the repository configuration: " + invalid.getMessage()
                        + (invalid.getCause() != null ? " (" + invalid.getCause().getMessage() + ")" : ""), e);
            }
            throw e;
        }
    }

    /** JGit wraps an unparsable .git/config, or a file it includes, in an IOException or IllegalArgumentException. */
    private static Throwable configurationProblem(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConfigInvalidException) {
                return cause;
            }
        }
        return null;
    }

    private static RepositorySnapshot plainDirectory(Path directory) throws ScanInputException {
        Listing listing = WorkTreeWalker.walk(directory, "", TrackedFiles.none(), null);
        if (listing.files().isEmpty()) {
            throw new ScanInputException(directory + " contains no files to analyse");
        }
        return snapshot(new ScanRoot(displayName(directory), directory, "",
                GitState.none(GitState.HistoryAvailability.NOT_A_GIT_REPOSITORY), null,
                workTreeSource(directory, LineEndings.AS_IS), null),
                listing);
    }

    private static RepositorySnapshot workTree(Repository repository, Path directory)
            throws IOException, ScanInputException {
        Path workTree = repository.getWorkTree().toPath().toRealPath();
        String scope = scopeOf(workTree, directory);
        Listing listing = WorkTreeWalker.walk(workTree, scope, TrackedFiles.of(repository),
                repository.getCommonDirectory().toPath());
        GitState state = gitState(repository);
        if (listing.files().isEmpty()) {
            String what = state.hasHistory() ? "has no files" : "is an empty Git repository (no commits, no files)";
            throw new ScanInputException(directory + " " + what + ": nothing to analyse");
        }
        return snapshot(new ScanRoot(displayName(directory), workTree, scope, state, repository,
                workTreeSource(workTree, LineEndings.of(repository)), null),
                listing);
    }

    private static RepositorySnapshot bareRepository(Repository repository, Path directory)
            throws IOException, ScanInputException {
        GitState state = gitState(repository);
        if (!state.hasHistory()) {
            throw new ScanInputException(directory + " is an empty bare Git repository: nothing to analyse");
        }
        String name = displayName(directory);
        String shownName = name.endsWith(".git") ? name.substring(0, name.length() - 4) : name;
        return commitTree(repository, shownName, directory, "", ObjectId.fromString(state.headCommit()), state);
    }

    /**
     * The tree of {@code revision} (a commit, branch or tag) of the Git repository {@code path} lies in, read from
     * Git objects alone: nothing is checked out, the work tree is not looked at, so its build outputs are not
     * either. A subdirectory of a work tree restricts the snapshot to it, as {@link #open} does.
     */
    public static RepositorySnapshot openAt(Path path, String revision) throws ScanInputException {
        GitRepository git = openGit(path);
        try {
            ObjectId commit = git.repository().resolve(revision + "^{commit}");
            if (commit == null) {
                throw new ScanInputException(revision + ": no such branch, tag or commit");
            }
            GitState state = new GitState(GitState.HistoryAvailability.AVAILABLE, commit.name(),
                    commitTime(git.repository(), commit), null, isShallow(git.repository()));
            return commitTree(git.repository(), git.displayName(), git.root(), git.scope(), commit, state);
        } catch (IOException | RuntimeException e) {
            git.close();
            throw new ScanInputException("cannot read " + revision + " of " + path + ": " + describe(e), e);
        } catch (ScanInputException e) {
            git.close();
            throw e;
        }
    }

    /** The Git repository {@code path} lies in, for reading its history and objects; no file is listed. */
    public static GitRepository openGit(Path path) throws ScanInputException {
        Path directory = checkDirectory(path);
        try {
            Repository repository = findRepository(directory);
            if (repository == null) {
                throw new ScanInputException(path + " is not a Git repository: it has no history to go back in");
            }
            try {
                Path root = repository.isBare() ? directory : repository.getWorkTree().toPath().toRealPath();
                return new GitRepository(repository, root, scopeOf(root, directory), displayName(directory));
            } catch (IOException | RuntimeException e) {
                repository.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            throw new ScanInputException("cannot read " + path + ": " + describe(e), e);
        }
    }

    /** {@code directory} relative to {@code root}, with '/' separators; "" for the root itself. */
    private static String scopeOf(Path root, Path directory) {
        return root.relativize(directory).toString().replace(File.separatorChar, '/');
    }

    private static boolean isShallow(Repository repository) {
        return new File(repository.getDirectory(), "shallow").isFile();
    }

    /** The files of one commit's tree under {@code scope}, read from Git objects; links and submodules skipped. */
    private static RepositorySnapshot commitTree(Repository repository, String name, Path directory, String scope,
                                                 ObjectId commitId, GitState state)
            throws IOException, ScanInputException {
        Listing listing = treeListing(repository, scope, commitId, true);
        if (listing.files().isEmpty()) {
            throw new ScanInputException(name + " has no files at " + commitId.name() + ": nothing to analyse");
        }
        ScanRoot.ContentSource source = file -> {
            byte[] bytes = repository.open(ObjectId.fromString(file.treeBlobId()), Constants.OBJ_BLOB).getBytes();
            return new FileContent(bytes, file.treeBlobId());
        };
        return snapshot(new ScanRoot(name, directory, scope, state, repository, source, commitId.name()), listing);
    }

    /**
     * What {@link #commitTree} lists of {@code commitId}'s tree under {@code scope}; without {@code sizes} each file's
     * size is left unknown (-1) and its blob is only looked up, not opened.
     */
    private static Listing treeListing(Repository repository, String scope, ObjectId commitId, boolean sizes)
            throws IOException {
        Listing listing = new Listing();
        try (RevWalk revWalk = new RevWalk(repository); TreeWalk walk = new TreeWalk(repository)) {
            RevCommit commit = revWalk.parseCommit(commitId);
            walk.addTree(commit.getTree());
            walk.setRecursive(true);
            if (!scope.isEmpty()) {
                walk.setFilter(PathFilter.create(scope));
            }
            while (walk.next()) {
                FileMode mode = walk.getFileMode(0);
                String path = walk.getPathString();
                if (mode == FileMode.GITLINK) {
                    listing.skip(path, "submodule, not scanned");
                } else if (mode == FileMode.SYMLINK) {
                    listing.skip(path, "symbolic link, not followed");
                } else {
                    ObjectId blob = walk.getObjectId(0);
                    OptionalLong size = blobSize(repository, blob, sizes);
                    if (size.isPresent()) {
                        listing.addFile(new RepoFile(path, CONVENTIONS.roleOf(path), "", size.getAsLong(), blob.name()));
                    } else {
                        listing.skip(path, "not in the Git object database (a partial clone?), not scanned");
                    }
                }
            }
        }
        return listing;
    }

    /** The blob's size, or -1 when {@code sizes} is off (then it is only looked up); empty when the clone lacks it. */
    private static OptionalLong blobSize(Repository repository, ObjectId blob, boolean sizes) throws IOException {
        try {
            if (!sizes) {
                return repository.getObjectDatabase().has(blob) ? OptionalLong.of(-1) : OptionalLong.empty();
            }
            return OptionalLong.of(repository.getObjectDatabase().open(blob).getSize());
        } catch (MissingObjectException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * Whether the work tree of {@code root} listed ({@code listed}, {@code skipped}) exactly what {@link #commitTree}
     * lists of {@code commit}: same paths, same blob ids (so the same bytes and sizes), same skipped entries. The
     * commit's blobs are looked up, not opened: this runs after every fresh scan of the MCP server's work tree. A file
     * the index could not vouch for is read and hashed; with core.autocrlf set the bytes read are not the committed
     * ones, so never.
     */
    static boolean workTreeListsTreeOf(ScanRoot root, List<RepoFile> listed, List<String> skipped, String commit)
            throws IOException {
        Repository repository = root.repository();
        if (root.commitTree() != null || repository == null || LineEndings.of(repository) != LineEndings.AS_IS) {
            return false;
        }
        Listing tree = treeListing(repository, root.scope(), ObjectId.fromString(commit), false);
        if (tree.files().size() != listed.size() || !tree.skipped().equals(skipped)) {
            return false;
        }
        List<RepoFile> workTree = listed.stream().sorted().toList();
        List<RepoFile> committed = tree.files().stream().sorted().toList();
        for (int i = 0; i < workTree.size(); i++) {
            RepoFile file = workTree.get(i);
            RepoFile inTree = committed.get(i);
            if (!file.path().equals(inTree.path()) || !inTree.treeBlobId().equals(blobIdOf(root, file))) {
                return false;
            }
        }
        return true;
    }

    private static String blobIdOf(ScanRoot root, RepoFile file) throws IOException {
        return file.treeBlobId() != null ? file.treeBlobId() : root.contentSource().read(file).blobId();
    }

    /** Assigns files to their build modules and freezes the listing. */
    private static RepositorySnapshot snapshot(ScanRoot root, Listing listing) {
        ModuleDetector detector = new ModuleDetector(listing.files().stream().map(RepoFile::path).toList());
        List<RepoFile> files = listing.files().stream()
                .map(file -> new RepoFile(file.path(), file.kind(), detector.moduleOf(file.path()), file.size(),
                        file.treeBlobId()))
                .toList();
        return new RepositorySnapshot(root, new Listing(files, listing.skipped()), detector.modules());
    }

    /**
     * Reads a listed file's bytes, refusing one that became a link or stopped being a regular file since it was
     * listed; a file without the index's id gets the id of its bytes, as {@code git hash-object} computes it.
     */
    private static ScanRoot.ContentSource workTreeSource(Path root, LineEndings lineEndings) {
        return file -> {
            byte[] bytes = RegularFiles.readInside(root.resolve(file.path()));
            return new FileContent(bytes, file.treeBlobId() != null ? file.treeBlobId() : lineEndings.blobId(bytes));
        };
    }

    private static GitState gitState(Repository repository) throws IOException {
        ObjectId head = repository.resolve(Constants.HEAD);
        if (head == null) {
            return GitState.none(GitState.HistoryAvailability.NO_COMMITS);
        }
        Ref headRef = repository.exactRef(Constants.HEAD);
        String branch = headRef != null && headRef.isSymbolic()
                ? Repository.shortenRefName(headRef.getTarget().getName()) : null;
        return new GitState(GitState.HistoryAvailability.AVAILABLE, head.name(), commitTime(repository, head), branch,
                isShallow(repository));
    }

    /** The commit's committer time: when it landed, which is what dates a tree. */
    private static Instant commitTime(Repository repository, ObjectId commit) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            return Instant.ofEpochSecond(walk.parseCommit(commit).getCommitTime());
        }
    }

    private static String displayName(Path directory) {
        return directory.getFileName() == null ? directory.toString() : directory.getFileName().toString();
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

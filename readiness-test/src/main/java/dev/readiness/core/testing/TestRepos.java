package dev.readiness.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.CommitConfig.CleanupMode;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Helpers for tests that build small real Git repositories with JGit. Commits are deterministic: a
 * fixed author and committer, and the n-th commit on a branch is dated n hours after 2020-01-01T00:00Z
 * unless an ident is given.
 */
public final class TestRepos {

    public static final String BRANCH = "main";
    public static final PersonIdent DEFAULT_AUTHOR = ident("Test Author", "test@example.com", "2020-01-01T00:00:00Z");

    private TestRepos() {
    }

    /** {@code git init} on branch main, with local settings that shield commits from the machine's config. */
    public static Git init(Path directory) {
        try {
            Git git = Git.init().setDirectory(directory.toFile()).setInitialBranch(BRANCH).call();
            var config = git.getRepository().getConfig();
            config.setBoolean("core", null, "autocrlf", false);
            config.setBoolean("commit", null, "gpgsign", false);
            config.save();
            return git;
        } catch (GitAPIException e) {
            throw new IllegalStateException("git init " + directory + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An ident at the given ISO-8601 instant with offset; the offset becomes the ident's time zone. */
    public static PersonIdent ident(String name, String email, String isoDateTime) {
        OffsetDateTime when = OffsetDateTime.parse(isoDateTime);
        return new PersonIdent(name, email, when.toInstant(), when.getOffset());
    }

    /** Writes the files (UTF-8, parents created), stages them and commits with the default author. */
    public static RevCommit commitFiles(Git git, Map<String, String> files, String message) {
        return commitFiles(git, files, message, null);
    }

    /** Like {@link #commitFiles(Git, Map, String)} with an author (also used as committer); null = default. */
    public static RevCommit commitFiles(Git git, Map<String, String> files, String message, PersonIdent author) {
        try {
            writeFiles(git.getRepository().getWorkTree().toPath(), files);
            for (String path : files.keySet()) {
                git.add().addFilepattern(path).call();
            }
            return commit(git, message, author);
        } catch (GitAPIException e) {
            throw new IllegalStateException("commit failed: " + e.getMessage(), e);
        }
    }

    /** Removes the files from the work tree and the index and commits. */
    public static RevCommit deleteFiles(Git git, String message, String... paths) {
        try {
            for (String path : paths) {
                git.rm().addFilepattern(path).call();
            }
            return commit(git, message, null);
        } catch (GitAPIException e) {
            throw new IllegalStateException("commit failed: " + e.getMessage(), e);
        }
    }

    /** Moves a file ({@code git mv}) and commits the move alone, with {@code author} as author and committer. */
    public static RevCommit renameFile(Git git, String from, String to, String message, PersonIdent author) {
        try {
            Path root = git.getRepository().getWorkTree().toPath();
            Files.createDirectories(root.resolve(to).getParent());
            Files.move(root.resolve(from), root.resolve(to));
            git.rm().addFilepattern(from).call();
            git.add().addFilepattern(to).call();
            return commit(git, message, author);
        } catch (GitAPIException e) {
            throw new IllegalStateException("commit failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes files (UTF-8) under {@code root}, creating parent directories; nothing is staged. */
    public static void writeFiles(Path root, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = root.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Git blob id of {@code bytes}, as {@code git hash-object} computes it. */
    public static String blobId(byte[] bytes) {
        return new ObjectInserter.Formatter().idFor(Constants.OBJ_BLOB, bytes).name();
    }

    /** Path → blob id of every file in HEAD's tree (empty when there is no commit). */
    public static SortedMap<String, String> headTree(Repository repository) {
        SortedMap<String, String> tree = new TreeMap<>();
        try {
            ObjectId head = repository.resolve(Constants.HEAD);
            if (head == null) {
                return tree;
            }
            try (RevWalk revWalk = new RevWalk(repository); TreeWalk walk = new TreeWalk(repository)) {
                walk.addTree(revWalk.parseCommit(head).getTree());
                walk.setRecursive(true);
                while (walk.next()) {
                    tree.put(walk.getPathString(), walk.getObjectId(0).name());
                }
            }
            return tree;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The commits reachable from HEAD, newest first. */
    public static List<RevCommit> log(Git git) {
        try {
            List<RevCommit> commits = new ArrayList<>();
            if (git.getRepository().resolve(Constants.HEAD) != null) {
                git.log().call().forEach(commits::add);
            }
            return commits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Relative paths ('/' separators) of the regular files under {@code root}, sorted, without anything
     * inside a {@code .git} directory; symbolic links are not followed (and not listed).
     */
    public static List<String> listFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
                    .map(path -> root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/"))
                    .filter(path -> !path.equals(".git") && !path.startsWith(".git/") && !path.contains("/.git/"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RevCommit commit(Git git, String message, PersonIdent author) throws GitAPIException {
        PersonIdent ident = author;
        if (ident == null) {
            Instant when = DEFAULT_AUTHOR.getWhenAsInstant().plusSeconds(3600L * log(git).size());
            ident = new PersonIdent(DEFAULT_AUTHOR.getName(), DEFAULT_AUTHOR.getEmailAddress(), when, ZoneOffset.UTC);
        }
        return git.commit()
                .setMessage(message + "\n")
                .setCleanupMode(CleanupMode.VERBATIM)
                .setAuthor(ident)
                .setCommitter(ident)
                .setSign(false)
                .setNoVerify(true)
                .call();
    }
}

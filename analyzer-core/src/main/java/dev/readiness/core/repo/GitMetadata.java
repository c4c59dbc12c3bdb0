package dev.readiness.core.repo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Checks the Git files JGit opens by itself before it opens them: a FIFO or device named {@code config},
 * {@code HEAD} or {@code index} would block JGit's read forever, so a repository holding one is refused.
 */
final class GitMetadata {

    private static final List<String> FILES = List.of("HEAD", "config", "index", "packed-refs", "shallow",
            "commondir", "gitdir", "info/exclude", "info/grafts", "objects/info/alternates");
    private static final long MAX_COMMONDIR_BYTES = 4096;

    private GitMetadata() {
    }

    /** The nearest directory at or above {@code directory} holding a {@code .git} directory or file; null if none. */
    static Path workTreeTop(Path directory) throws ScanInputException {
        for (Path candidate = directory; candidate != null; candidate = candidate.getParent()) {
            Path dotGit = candidate.resolve(".git");
            if (Files.exists(dotGit, LinkOption.NOFOLLOW_LINKS)) {
                BasicFileAttributes attributes = attributes(dotGit);
                if (!attributes.isDirectory() && !attributes.isRegularFile()) {
                    throw new ScanInputException(dotGit + " is " + RegularFiles.kindOf(attributes)
                            + ", neither a Git directory nor a .git file: not read");
                }
                return candidate;
            }
        }
        return null;
    }

    /** {@code directory} given as a Git directory itself (a bare repository): its files checked when it is one. */
    static void checkBare(Path directory) throws ScanInputException {
        if (Files.isDirectory(directory.resolve("objects"), LinkOption.NOFOLLOW_LINKS)
                && Files.isDirectory(directory.resolve("refs"), LinkOption.NOFOLLOW_LINKS)) {
            check(directory);
        }
    }

    /** Fails when a file JGit reads in {@code gitDirectory}, or in the common directory it names, is not regular. */
    static void check(Path gitDirectory) throws ScanInputException {
        checkFiles(gitDirectory);
        Path commondir = gitDirectory.resolve("commondir");
        try {
            if (Files.isRegularFile(commondir) && Files.size(commondir) <= MAX_COMMONDIR_BYTES) {
                String common = new String(Files.readAllBytes(commondir), StandardCharsets.UTF_8).strip();
                checkFiles(gitDirectory.resolve(common).normalize());
            }
        } catch (IOException e) {
            throw new ScanInputException("cannot read " + commondir + ": " + e.getMessage(), e);
        }
    }

    private static void checkFiles(Path gitDirectory) throws ScanInputException {
        for (String name : FILES) {
            Path file = gitDirectory.resolve(name);
            if (Files.exists(file)) {
                try {
                    RegularFiles.requireRegularFile(file);
                } catch (IOException e) {
                    throw new ScanInputException(e.getMessage() + " (JGit would block reading it)", e);
                }
            }
        }
    }

    private static BasicFileAttributes attributes(Path path) throws ScanInputException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new ScanInputException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}

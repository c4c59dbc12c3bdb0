package dev.readiness.core.repo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The one way a scan opens a file: only a regular file is read. Opening a FIFO blocks until someone writes to it
 * and a character device such as /dev/zero never ends, so anything else is refused before it is opened, with a
 * message naming what it is. Inside a repository, links are never followed ({@link #readInside}).
 */
public final class RegularFiles {

    private RegularFiles() {
    }

    /** Thrown for a path that exists but is no regular file; the message names it and what it is. */
    public static final class NotRegularFileException extends IOException {

        private final String kind;

        NotRegularFileException(Path file, String kind) {
            super(file + " is " + kind + ", not a regular file: not read");
            this.kind = kind;
        }

        /** What the path is instead, in words: "a directory", "a FIFO, device or socket", "a symbolic link". */
        public String kind() {
            return kind;
        }
    }

    /**
     * The bytes of {@code file}, following a link the user named (a {@code --config} may be one), or an
     * exception naming what it is when it is not a regular file.
     */
    public static byte[] read(Path file) throws IOException {
        BasicFileAttributes attributes = attributes(file, true);
        requireRegular(file, attributes);
        return Files.readAllBytes(file);
    }

    /** An open stream on {@code file} once it is known to be a regular file, following a link the user named. */
    public static InputStream open(Path file) throws IOException {
        requireRegular(file, attributes(file, true));
        return Files.newInputStream(file);
    }

    /**
     * The bytes of {@code file}, which lies in a repository: refused unless it is a regular file itself, not a
     * link to one, so nothing outside the repository is read through it.
     */
    public static byte[] readInside(Path file) throws IOException {
        requireRegular(file, attributes(file, false));
        return Files.readAllBytes(file);
    }

    /** Whether {@code file} is a regular file, links not followed; false when it does not exist. */
    public static boolean isRegularInside(Path file) {
        try {
            return attributes(file, false).isRegularFile();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether {@code path} exists and its real location, links resolved, lies in {@code realRoot} (a real
     * path): the check every reader makes before it enters a directory that may be a link.
     */
    public static boolean isInside(Path realRoot, Path path) {
        try {
            return path.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    /** What a non-regular entry is, in words: "a FIFO", "a device", "a directory", "a symbolic link". */
    public static String kindOf(BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "a directory";
        }
        if (attributes.isSymbolicLink()) {
            return "a symbolic link";
        }
        if (attributes.isRegularFile()) {
            return "a regular file";
        }
        return "a FIFO, device or socket";
    }

    private static BasicFileAttributes attributes(Path file, boolean followLinks) throws IOException {
        try {
            return followLinks ? Files.readAttributes(file, BasicFileAttributes.class)
                    : Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
    }

    private static void requireRegular(Path file, BasicFileAttributes attributes) throws NotRegularFileException {
        if (!attributes.isRegularFile()) {
            throw new NotRegularFileException(file, kindOf(attributes));
        }
    }

    /** Fails unless {@code file}, links followed, is a regular file: before handing a path to a library that opens it. */
    public static void requireRegularFile(Path file) throws IOException {
        requireRegular(file, attributes(file, true));
    }
}

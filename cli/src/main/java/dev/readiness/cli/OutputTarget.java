package dev.readiness.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Where a report file really goes. A regular file (or a new one) is replaced atomically; a link is followed to
 * the file it names, so the link stays; a FIFO or character device is opened and written like a stream. Renaming
 * a temporary file over {@code /dev/null} would replace the device with a regular file (as root, for every
 * program on the machine), so that never happens.
 */
record OutputTarget(Path path, boolean isStream) {

    static OutputTarget of(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        BasicFileAttributes own = attributes(absolute, LinkOption.NOFOLLOW_LINKS);
        if (own == null) {
            return new OutputTarget(absolute, false);
        }
        Path real = own.isSymbolicLink() ? absolute.toRealPath() : absolute;
        BasicFileAttributes attributes = attributes(real, LinkOption.NOFOLLOW_LINKS);
        if (attributes == null || attributes.isRegularFile()) {
            return new OutputTarget(real, false);
        }
        if (attributes.isDirectory()) {
            throw new IOException(file + " is a directory");
        }
        return new OutputTarget(real, true);
    }

    /** Fails before the scan for what can never be written through: a link to nothing. */
    static void check(Path file) throws UsageException {
        try {
            Path absolute = file.toAbsolutePath();
            BasicFileAttributes own = attributes(absolute, LinkOption.NOFOLLOW_LINKS);
            if (own != null && own.isSymbolicLink() && attributes(absolute) == null) {
                throw new UsageException("cannot write " + file + ": it is a symbolic link to a missing file");
            }
        } catch (IOException e) {
            throw new UsageException("cannot write " + file + ": " + e.getMessage());
        }
    }

    private static BasicFileAttributes attributes(Path path, LinkOption... options) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, options);
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}

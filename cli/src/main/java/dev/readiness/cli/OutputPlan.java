package dev.readiness.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Decides where each requested format goes and writes them all or none: without {@code --output} a
 * single format goes to standard output; with it, one format may name a file, several formats name a
 * directory. Checked before the analysis starts, so a bad path fails in milliseconds, not after a scan.
 */
final class OutputPlan {

    private final Map<ReportFormat, Path> files;
    private final ReportFormat toStandardOutput;

    private OutputPlan(Map<ReportFormat, Path> files, ReportFormat toStandardOutput) {
        this.files = files;
        this.toStandardOutput = toStandardOutput;
    }

    static OutputPlan resolve(List<ReportFormat> formats, Path output) throws UsageException {
        if (output == null) {
            if (formats.size() > 1) {
                throw new UsageException("--output DIR is required when writing more than one format ("
                        + String.join(",", formats.stream().map(ReportFormat::id).toList()) + ")");
            }
            return new OutputPlan(Map.of(), formats.get(0));
        }
        Map<ReportFormat, Path> files = new LinkedHashMap<>();
        boolean singleFile = formats.size() == 1 && !Files.isDirectory(output);
        if (singleFile) {
            files.put(formats.get(0), output);
        } else {
            ensureDirectory(output);
            formats.forEach(format -> files.put(format, output.resolve(format.defaultFileName())));
        }
        for (Path file : files.values()) {
            checkWritable(file);
        }
        return new OutputPlan(files, null);
    }

    List<ReportFormat> formats() {
        List<ReportFormat> formats = new ArrayList<>(files.keySet());
        if (toStandardOutput != null) {
            formats.add(toStandardOutput);
        }
        return formats;
    }

    Map<ReportFormat, Path> files() {
        return files;
    }

    /**
     * Writes every rendered report: files through temporary siblings moved into place only once all are
     * written, so a failure leaves no half-written report behind.
     */
    void write(Map<ReportFormat, byte[]> rendered, PrintStream standardOutput) throws IOException {
        Map<Path, byte[]> contents = new LinkedHashMap<>();
        files.forEach((format, file) -> contents.put(file, rendered.get(format)));
        writeFiles(contents);
        if (toStandardOutput != null) {
            standardOutput.write(rendered.get(toStandardOutput));
            standardOutput.flush();
        }
    }

    /**
     * Writes each file through a temporary sibling moved into place once all are written: all or none. A link
     * is written through to the file it names, kept a link. A device or FIFO ({@code /dev/null},
     * {@code /dev/stdout}) is written to like a stream, never replaced by a regular file.
     */
    static void writeFiles(Map<Path, byte[]> contents) throws IOException {
        Map<Path, Path> temporaries = new LinkedHashMap<>();
        Map<Path, byte[]> streams = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, byte[]> entry : contents.entrySet()) {
                OutputTarget target = OutputTarget.of(entry.getKey());
                if (target.isStream()) {
                    streams.put(target.path(), entry.getValue());
                    continue;
                }
                // not createTempFile: its owner-only permissions would stay on the report; a plain new file
                // gets the user's umask like any file they write
                Path temporary = target.path().resolveSibling(".readiness-" + UUID.randomUUID() + ".tmp");
                try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
                    temporaries.put(temporary, target.path());
                    out.write(entry.getValue());
                }
            }
            for (Map.Entry<Path, byte[]> stream : streams.entrySet()) {
                try (OutputStream out = Files.newOutputStream(stream.getKey(), StandardOpenOption.WRITE)) {
                    out.write(stream.getValue());
                }
            }
            for (Map.Entry<Path, Path> move : temporaries.entrySet()) {
                moveIntoPlace(move.getKey(), move.getValue());
            }
        } finally {
            for (Path temporary : temporaries.keySet()) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void ensureDirectory(Path directory) throws UsageException {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new UsageException("--output " + directory + " is a file; several formats need a directory");
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UsageException("cannot create output directory " + directory + ": " + reason(e));
        }
    }

    /** A usage error unless {@code file} can be written: its directory exists, it is no directory, permissions. */
    static void checkWritable(Path file) throws UsageException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UsageException("cannot write " + file + ": directory " + parent + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new UsageException("cannot write " + file + ": it is a directory");
        }
        OutputTarget.check(file);
        boolean writable = Files.exists(file) ? Files.isWritable(file) : Files.isWritable(parent);
        if (!writable) {
            throw new UsageException("cannot write " + file + ": permission denied");
        }
    }

    /** Why writing failed, in words: Java's file exceptions carry only the path as their message. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + ": no such file or directory";
        }
        if (e instanceof FileSystemException failed && failed.getReason() != null) {
            return failed.getFile() + ": " + failed.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

package dev.readiness.core.engine;

import dev.readiness.core.evidence.EvidenceReport;
import dev.readiness.core.history.HistoryOptions;
import dev.readiness.core.history.HistoryReader;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.repo.RepositorySnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * A digest of everything a scan's result depends on, so that an unchanged repository can be answered from the
 * reports of the last scan: the analyzer and its rule settings, the configuration, the scanned path and scope, every
 * file's path, role, module and content id (a file Git cannot vouch for is hashed), the Git state and the commit the
 * history starts from (the history, the .mailmap and the start time follow from it), the history options, and the
 * test evidence reports and compiled classes found on disk. The thread count is left out: it changes no result.
 * Equal digests must mean byte-identical results; anything read that is not here is a bug (ScanInputsTest).
 */
final class ScanInputs {

    private final MessageDigest digest;

    private ScanInputs() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /**
     * The digest of a scan of {@code snapshot} (opened for {@code request}) by the analyzer {@code fingerprint} names;
     * empty when an input cannot be read, so that nothing is reused.
     */
    static Optional<String> digest(RepositorySnapshot snapshot, ScanRequest request, String fingerprint) {
        ScanInputs inputs = new ScanInputs();
        try {
            inputs.add("analyzer", fingerprint);
            inputs.add("config", request.config().toString());
            inputs.add("path", request.path().toAbsolutePath().normalize().toString());
            inputs.add("revision", String.valueOf(request.revision()));
            inputs.addHistory(snapshot, request.history());
            inputs.addSnapshot(snapshot);
            for (EvidenceReport report : EvidenceStage.reports(snapshot, request.reports(), new ArrayList<>())) {
                inputs.add("evidence", report.kind() + " " + report.moduleDirectory() + " " + report.file());
                inputs.addContent(report.file());
            }
            TreeSet<Path> classDirectories = new TreeSet<>(BytecodeStage.foundDirectories(snapshot, new TreeSet<>()));
            request.classDirectories().forEach(directory -> classDirectories.add(directory.toAbsolutePath().normalize()));
            for (Path directory : classDirectories) {
                inputs.addListing(directory);
            }
            return Optional.of(HexFormat.of().formatHex(inputs.digest.digest()));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private void addHistory(RepositorySnapshot snapshot, HistoryOptions options) throws IOException {
        add("history", options.maxCommits() + " " + options.since() + " " + options.recentWindow() + " "
                + options.firstParentOnly() + " " + options.ref());
        for (Pattern bot : options.botAuthors()) {
            add("bot", bot.pattern() + " " + bot.flags());
        }
        Optional<Repository> repository = snapshot.repository();
        if (repository.isPresent()) {
            ObjectId resolved = repository.get().resolve(HistoryReader.startOf(options));
            add("history start", resolved == null ? "none" : resolved.name());
        }
    }

    private void addSnapshot(RepositorySnapshot snapshot) throws IOException {
        add("snapshot", snapshot.displayName() + " " + snapshot.rootDirectory() + " " + snapshot.scope() + " "
                + snapshot.commitTree().orElse("work tree") + " " + snapshot.gitState());
        for (String skipped : snapshot.skippedEntries()) {
            add("skipped", skipped);
        }
        for (RepoFile file : snapshot.files()) {
            // a file Git has no id for (changed, untracked, or no Git at all) is read as the scan reads it
            String id = file.treeBlobId() != null ? file.treeBlobId() : snapshot.read(file).blobId();
            add("file", file.path() + " " + file.kind() + " " + file.moduleDirectory() + " " + file.size() + " " + id);
        }
    }

    private void addContent(Path file) throws IOException {
        add("content of", file.toString());
        if (Files.isRegularFile(file)) {
            digest.update(Files.readAllBytes(file));
        }
    }

    /** Every file under {@code directory} (links not followed) with its size and modification time. */
    private void addListing(Path directory) throws IOException {
        add("classes", directory.toString());
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<String> entries = new ArrayList<>();
        Files.walkFileTree(directory, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        entries.add(directory.relativize(file) + " " + attributes.size() + " "
                                + attributes.lastModifiedTime().toInstant());
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        entries.add(directory.relativize(file) + " unreadable");
                        return FileVisitResult.CONTINUE;
                    }
                });
        entries.stream().sorted().forEach(entry -> add("class file", entry));
    }

    /** One input, length-prefixed so that no path with a line break can pass for two inputs. */
    private void add(String kind, String value) {
        digest.update(kind.getBytes(StandardCharsets.UTF_8));
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }
}

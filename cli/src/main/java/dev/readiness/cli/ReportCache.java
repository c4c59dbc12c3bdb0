package dev.readiness.cli;

import dev.readiness.core.cache.CacheFiles;
import dev.readiness.core.cache.LengthPrefixed;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The reports of the last scan of a repository, with its exit code and what the quality gate said, kept under a
 * key made of everything the scan read ({@link dev.readiness.core.engine.OpenedScan#inputsDigest()}) and the
 * command line. A rescan with the same key writes them again instead of analysing: an unchanged tree answers in
 * the time it takes to list its files. The reports are what the user already received, secrets masked. A file that
 * cannot be read is a miss, never an error; writes are atomic, so two scans at once leave one of their entries.
 */
final class ReportCache {

    private static final byte[] MAGIC = "readiness report cache 1\n".getBytes(StandardCharsets.US_ASCII);

    private ReportCache() {
    }

    /** One scan's answer: the rendered reports, the exit code and the quality gate's messages. */
    record Entry(String key, int exitCode, String gateMessages, Map<ReportFormat, byte[]> reports) {
    }

    /** The entry in {@code file} when it was stored under {@code key}. */
    static Optional<Entry> read(Path file, String key) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream gzipped = new GZIPInputStream(Files.newInputStream(file), 1 << 16);
             DataInputStream in = new DataInputStream(gzipped)) {
            if (!Arrays.equals(in.readNBytes(MAGIC.length), MAGIC) || !key.equals(LengthPrefixed.readString(in))) {
                return Optional.empty();
            }
            int exitCode = in.readInt();
            String gateMessages = LengthPrefixed.readString(in);
            int count = in.readInt();
            Map<ReportFormat, byte[]> reports = new EnumMap<>(ReportFormat.class);
            for (int i = 0; i < count; i++) {
                reports.put(ReportFormat.valueOf(LengthPrefixed.readString(in)), LengthPrefixed.read(in));
            }
            return in.read() == -1 ? Optional.of(new Entry(key, exitCode, gateMessages, reports)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a broken entry costs one analysis
        }
    }

    /** Replaces the entry in {@code file}; a failure costs the next scan its speed, never this one its result. */
    static void write(Path file, Entry entry) {
        try {
            CacheFiles.writeAtomically(file, out -> {
                DataOutputStream data = new DataOutputStream(out);
                data.write(MAGIC);
                LengthPrefixed.writeString(data, entry.key());
                data.writeInt(entry.exitCode());
                LengthPrefixed.writeString(data, entry.gateMessages());
                data.writeInt(entry.reports().size());
                for (Map.Entry<ReportFormat, byte[]> report : entry.reports().entrySet()) {
                    LengthPrefixed.writeString(data, report.getKey().name());
                    LengthPrefixed.write(data, report.getValue());
                }
                data.flush();
            });
        } catch (IOException e) {
            // deliberately silent, like the other caches: reports must not depend on the state of the cache
        }
    }
}

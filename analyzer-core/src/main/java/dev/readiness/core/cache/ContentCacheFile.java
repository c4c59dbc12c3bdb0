package dev.readiness.core.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The file of a {@link ContentCache}, gzipped: a magic line, the analyzer's fingerprint, then each entry as its key,
 * the CRC-32C of its value and the value's JSON bytes. Values stay bytes until asked for, so reading a file is little
 * more than inflating it. {@link #toJson} and {@link #fromJson} show a file as one JSON document and back, for
 * {@code readiness cache --info} and for tests that forge a broken entry.
 */
public final class ContentCacheFile {

    private static final byte[] MAGIC = "readiness content cache 2\n".getBytes(StandardCharsets.US_ASCII);

    private ContentCacheFile() {
    }

    /** One stored entry: the checksum it was written with and its value's JSON. */
    record Entry(int checksum, byte[] json) {
    }

    /** What a file held for this fingerprint, and why nothing could be used when it could not be read. */
    record Contents(Map<String, Entry> entries, String problem) {

        static final Contents EMPTY = new Contents(Map.of(), null);
    }

    /** The entries of {@code file} when it holds {@code fingerprint}'s; empty when missing or another analyzer's. */
    static Contents read(Path file, String fingerprint) {
        if (!Files.isRegularFile(file)) {
            return Contents.EMPTY;
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(new DataInputStream(in), fingerprint);
        } catch (IOException | RuntimeException e) {
            // a broken cache costs one full scan, never a failed one
            return new Contents(Map.of(), "the cache file " + file.getFileName() + " could not be read, so every "
                    + "file was analysed again");
        }
    }

    private static Contents read(DataInputStream in, String fingerprint) throws IOException {
        if (!Arrays.equals(in.readNBytes(MAGIC.length), MAGIC)) {
            throw new IOException("not a content cache");
        }
        if (!fingerprint.equals(LengthPrefixed.readString(in))) {
            return Contents.EMPTY; // another analyzer's: nothing wrong with it
        }
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("negative entry count");
        }
        Map<String, Entry> entries = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String key = LengthPrefixed.readString(in);
            int checksum = in.readInt();
            entries.put(key, new Entry(checksum, LengthPrefixed.read(in)));
        }
        if (in.read() != -1) {
            throw new IOException("data after the last entry");
        }
        return new Contents(entries, null);
    }

    /** Writes {@code entries} (key to value JSON) in key order, atomically. */
    static void write(Path file, String fingerprint, Map<String, byte[]> entries) throws IOException {
        CacheFiles.writeAtomically(file, out -> {
            DataOutputStream data = new DataOutputStream(out);
            data.write(MAGIC);
            LengthPrefixed.writeString(data, fingerprint);
            data.writeInt(entries.size());
            for (Map.Entry<String, byte[]> entry : new TreeMap<>(entries).entrySet()) {
                LengthPrefixed.writeString(data, entry.getKey());
                data.writeInt(ContentCache.checksum(entry.getValue()));
                LengthPrefixed.write(data, entry.getValue());
            }
            data.flush();
        });
    }

    /**
     * The file's contents as {@code {"fingerprint": …, "entries": {key: {"checksum": n, "value": …}}}}; a value that is
     * not JSON is shown as its text.
     */
    public static ObjectNode toJson(byte[] gzipped) throws IOException {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(gzipped)))) {
            if (!Arrays.equals(in.readNBytes(MAGIC.length), MAGIC)) {
                throw new IOException("not a content cache");
            }
            ObjectNode root = ContentCache.MAPPER.createObjectNode();
            root.put("fingerprint", LengthPrefixed.readString(in));
            ObjectNode entries = root.putObject("entries");
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                ObjectNode entry = entries.putObject(LengthPrefixed.readString(in));
                entry.put("checksum", in.readInt());
                byte[] json = LengthPrefixed.read(in);
                try {
                    entry.set("value", ContentCache.MAPPER.readTree(json));
                } catch (IOException e) {
                    entry.put("value", new String(json, StandardCharsets.UTF_8));
                }
            }
            return root;
        }
    }

    /**
     * The file {@link #toJson} shows as {@code root}, each entry with the checksum it names (so a test can forge one
     * that lies); an entry that is no object with a value is stored as its own JSON, an entry with no checksum under 0.
     */
    public static byte[] fromJson(JsonNode root) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            out.write(MAGIC);
            LengthPrefixed.writeString(out, root.path("fingerprint").asText());
            JsonNode entries = root.path("entries");
            out.writeInt(entries.size());
            for (Map.Entry<String, JsonNode> entry : entries.properties()) {
                JsonNode value = entry.getValue().has("value") ? entry.getValue().get("value") : entry.getValue();
                byte[] json = ContentCache.MAPPER.writeValueAsBytes(value);
                LengthPrefixed.writeString(out, entry.getKey());
                out.writeInt(entry.getValue().path("checksum").asInt(0));
                LengthPrefixed.write(out, json);
            }
        }
        return bytes.toByteArray();
    }

    /** The checksum the cache gives {@code value}; for tests that forge an entry a writer's bug would write. */
    public static int checksumOf(JsonNode value) throws IOException {
        return ContentCache.checksum(value);
    }
}

package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.core.cache.ContentCacheFile;
import dev.readiness.core.testing.SampleRepository;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A cache left broken (by another tool, a full disk, a hand) costs a rescan its speed, never its result: the cache
 * files a real scan wrote are broken in many ways, and each rescan writes the very bytes a scan without cache writes,
 * with a note on standard error saying what was analysed again.
 */
class CacheCorruptionTest {

    private static final List<String> REPORTS = List.of("readiness.json", "readiness.sarif", "readiness.md",
            "readiness.txt");

    @TempDir
    static Path work;
    private static Path repository;
    private static Path pristineCache;

    @BeforeAll
    static void scanWithoutAndWithTheCache() {
        repository = SampleRepository.materialize("legacy-shop", work.resolve("legacy-shop"));
        CliRun uncached = CliRun.of("scan", repository.toString(), "--no-cache", "--format", "json,sarif,md,text",
                "--output", work.resolve("uncached").toString(), "--quiet");
        pristineCache = work.resolve("pristine-cache");
        CliRun cached = CliRun.of("scan", repository.toString(), "--cache-dir", pristineCache.toString(), "--quiet",
                "--format", "json");
        assertThat(uncached.exitCode()).as(uncached.err()).isZero();
        assertThat(cached.exitCode()).as(cached.err()).isZero();
    }

    /** The first entry of the per-file cache that holds a parsed file's facts, as the cache stores it. */
    private static ObjectNode parsedEntry(ObjectNode cache) {
        return (ObjectNode) Stream.of(cache.get("entries")).flatMap(entries -> entries.properties().stream())
                .map(entry -> entry.getValue().get("value")).filter(value -> value.get("facts").isObject())
                .findFirst().orElseThrow();
    }

    private static UnaryOperator<byte[]> inFilesCache(UnaryOperator<ObjectNode> corruption) {
        return bytes -> {
            try {
                return ContentCacheFile.fromJson(corruption.apply(ContentCacheFile.toJson(bytes)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    static Stream<Arguments> corruptions() {
        UnaryOperator<byte[]> truncated = bytes -> Arrays.copyOf(bytes, bytes.length / 2);
        UnaryOperator<byte[]> notGzip = bytes -> "not a cache".getBytes(StandardCharsets.UTF_8);
        UnaryOperator<byte[]> payloadCut = bytes -> gzip(Arrays.copyOf(gunzip(bytes), gunzip(bytes).length / 2));
        UnaryOperator<byte[]> payloadOverwritten = bytes -> {
            byte[] payload = gunzip(bytes);
            Arrays.fill(payload, payload.length / 3, payload.length, (byte) 0xFF);
            return gzip(payload);
        };
        return Stream.of(
                Arguments.of("files-", "null facts", inFilesCache(cache -> {
                    parsedEntry(cache).putNull("facts");
                    return cache;
                }), "1 of 14 entries of the cache file files-"),
                Arguments.of("files-", "a count of the wrong type", inFilesCache(cache -> {
                    ((ObjectNode) parsedEntry(cache).get("facts")).put("lines", "many");
                    return cache;
                }), "1 of 14 entries of the cache file files-"),
                Arguments.of("files-", "a missing field", inFilesCache(cache -> {
                    parsedEntry(cache).remove("findings");
                    return cache;
                }), "1 of 14 entries of the cache file files-"),
                Arguments.of("files-", "a negative count", inFilesCache(cache -> {
                    ((ObjectNode) parsedEntry(cache).get("facts")).put("linesOfCode", -3);
                    return cache;
                }), "1 of 14 entries of the cache file files-"),
                Arguments.of("files-", "an entry that is a number", inFilesCache(cache -> {
                    ObjectNode entries = (ObjectNode) cache.get("entries");
                    entries.put(entries.fieldNames().next(), 42);
                    return cache;
                }), "1 of 14 entries of the cache file files-"),
                Arguments.of("files-", "a truncated file", truncated, "the cache file files-"),
                Arguments.of("files-", "not gzip", notGzip, "the cache file files-"),
                Arguments.of("files-", "a truncated payload", payloadCut, "the cache file files-"),
                Arguments.of("files-", "an overwritten payload", payloadOverwritten, "the cache file files-"),
                Arguments.of("history-", "a truncated payload", payloadCut, "the cache file history-"),
                Arguments.of("history-", "an overwritten payload", payloadOverwritten, "the cache file history-"),
                Arguments.of("history-", "not gzip", notGzip, "the cache file history-"),
                Arguments.of("timeline-", "a truncated payload", payloadCut, "the cache file timeline-"),
                Arguments.of("timeline-", "an overwritten payload", payloadOverwritten, "the cache file timeline-"),
                Arguments.of("timeline-", "not gzip", notGzip, "the cache file timeline-"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("corruptions")
    void aRescanWithABrokenCacheWritesWhatAScanWithoutCacheWrites(String cacheFile, String how,
                                                                  UnaryOperator<byte[]> corruption, String note)
            throws IOException {
        Path cache = copy(pristineCache, work.resolve("cache " + cacheFile + how));
        Path broken = onlyFile(cache, cacheFile);
        Files.write(broken, corruption.apply(Files.readAllBytes(broken)));
        if (cacheFile.equals("history-")) {
            Files.delete(onlyFile(cache, "timeline-")); // else the stored history stands in for every commit's changes
        }
        Path reports = work.resolve("reports " + cacheFile + how);

        CliRun rescan = CliRun.of("scan", repository.toString(), "--cache-dir", cache.toString(), "--format",
                "json,sarif,md,text", "--output", reports.toString());

        assertThat(rescan.exitCode()).as(rescan.err()).isZero();
        assertThat(rescan.err()).contains("readiness: note: " + note);
        assertThat(REPORTS).allSatisfy(report -> assertThat(reports.resolve(report))
                .hasSameBinaryContentAs(work.resolve("uncached").resolve(report)));
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            files.forEach(file -> copyFile(file, to.resolve(file.getFileName())));
        }
        return to;
    }

    private static void copyFile(Path from, Path to) {
        try {
            Files.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path onlyFile(Path directory, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().startsWith(prefix)).reduce((a, b) -> {
                throw new IllegalStateException("two cache files start with " + prefix + ": " + a + ", " + b);
            }).orElseThrow();
        }
    }

    static byte[] gunzip(byte[] bytes) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(buffer)) {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }
}

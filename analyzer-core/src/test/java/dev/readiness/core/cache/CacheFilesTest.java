package dev.readiness.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheFilesTest {

    @TempDir
    Path cache;

    @Test
    void aWriteRemovesTheTemporaryFilesOfWritesAbandonedLongAgoAndLeavesRecentOnes() throws IOException {
        Path abandoned = Files.writeString(cache.resolve(".cache-123.tmp"), "half a cache");
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path running = Files.writeString(cache.resolve(".cache-456.tmp"), "another scan is writing this");
        Path unrelated = Files.writeString(cache.resolve("notes.tmp"), "not ours");
        Files.setLastModifiedTime(unrelated, FileTime.from(Instant.now().minus(Duration.ofDays(2))));

        CacheFiles.writeAtomically(cache.resolve("files-1.json.gz"), out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));

        assertThat(abandoned).doesNotExist();
        assertThat(running).exists();
        assertThat(unrelated).exists();
        assertThat(cache.resolve("files-1.json.gz")).isNotEmptyFile();
    }
}

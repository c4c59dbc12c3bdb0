package dev.readiness.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commits a scan read are there for the scan of its merge base, whether or not a cache file is kept. */
class RememberingCommitCacheTest {

    private static final CommitChangesCache.Entry ENTRY = new CommitChangesCache.Entry(true, List.of());

    @TempDir
    Path temp;

    @Test
    void aCommitPutIsFoundAgainWithoutACacheBehind() {
        RememberingCommitCache cache = new RememberingCommitCache(CommitChangesCache.NONE);

        cache.put("c0ffee", ENTRY);

        assertThat(cache.get("c0ffee")).contains(ENTRY);
        assertThat(cache.get("beef")).isEmpty();
    }

    @Test
    void whatIsPutReachesTheCacheFileBehindForTheNextRun() throws IOException {
        Path file = temp.resolve("history.bin.gz");
        CommitCacheFile behind = CommitCacheFile.open(file, "v1");
        new RememberingCommitCache(behind).put("c0ffee", ENTRY);
        behind.save();

        assertThat(new RememberingCommitCache(CommitCacheFile.open(file, "v1")).get("c0ffee")).contains(ENTRY);
    }
}

package dev.readiness.core.history;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The commit changes read in this process, in front of the cache kept between scans ({@link CommitChangesCache#NONE}
 * with --no-cache): the scan of a merge base reads the commits behind it, which the scan of HEAD has just read.
 */
public final class RememberingCommitCache implements CommitChangesCache {

    private final CommitChangesCache behind;
    private final Map<String, Entry> remembered = new ConcurrentHashMap<>();

    public RememberingCommitCache(CommitChangesCache behind) {
        this.behind = behind;
    }

    @Override
    public Optional<Entry> get(String commitId) {
        Entry entry = remembered.get(commitId);
        if (entry != null) {
            return Optional.of(entry);
        }
        Optional<Entry> kept = behind.get(commitId);
        kept.ifPresent(found -> remembered.put(commitId, found));
        return kept;
    }

    @Override
    public void put(String commitId, Entry entry) {
        remembered.put(commitId, entry);
        behind.put(commitId, entry);
    }
}

package com.example;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Near misses from the corpus: a search that tries each segment once and then leaves, rescanning only when the
 * segment list changed; and a delete tried once more only after making the file writable worked.
 */
class SegmentStore {

    private final AtomicReference<List<Segment>> segments = new AtomicReference<>(List.of());

    byte[] find(String key) {
        List<Segment> current;
        SEARCH: for (;;) {
            current = segments.get();
            for (Segment segment : current) {
                try {
                    byte[] found = segment.read(key);
                    if (found != null) {
                        return found;
                    }
                } catch (IOException e) {
                    segment.markBroken(e);
                }
            }
            break SEARCH;
        }
        return null;
    }

    byte[] findAcrossSegmentsForever(String key) {
        while (true) { // expect: hygiene/retry-without-backoff
            for (Segment segment : segments.get()) {
                try {
                    byte[] found = segment.read(key);
                    if (found != null) {
                        return found;
                    }
                } catch (IOException e) {
                    segment.markBroken(e);
                }
            }
        }
    }

    void delete(File file) throws IOException {
        boolean tryAgain;
        do {
            tryAgain = false;
            try {
                Files.delete(file.toPath());
                return;
            } catch (IOException e) {
                if (!file.canWrite()) {
                    tryAgain = file.setWritable(true);
                }
            }
        } while (tryAgain);
        throw new IOException("cannot delete " + file);
    }

    void deleteUntilGone(File file) {
        boolean gone = false;
        while (!gone) { // expect: hygiene/retry-without-backoff
            try {
                Files.delete(file.toPath());
                gone = true;
            } catch (IOException e) {
                file.canWrite();
            }
        }
    }

    interface Segment {
        byte[] read(String key) throws IOException;

        void markBroken(IOException e);
    }
}

package com.example;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;

/** Loops that try the next candidate after a failure: searches, not retries. */
public class ManifestScanner {

    /** Thrown to start the resolution over with what was learnt; not a transient failure. */
    static final class RestartResolution extends RuntimeException {
    }

    String firstReadable(Iterator<String> candidates) {
        while (candidates.hasNext()) {
            String candidate = candidates.next();
            try {
                return read(candidate);
            } catch (IOException e) {
                log(e);
            }
        }
        return null;
    }

    String firstReadableOf(Enumeration<String> resources) {
        String found = null;
        while (found == null) {
            if (!resources.hasMoreElements()) {
                return null;
            }
            String resource = resources.nextElement();
            try {
                found = read(resource);
            } catch (IOException e) {
                log(e);
            }
        }
        return found;
    }

    // rewritten from an annotation processor reading plugins: a service loader's iterator that failed moves on to
    // the next provider when asked again, so each round asks about another one
    boolean anyPluginLeft(Iterator<Runnable> plugins) {
        int failures = 5;
        while (failures > 0) {
            try {
                return plugins.hasNext();
            } catch (RuntimeException e) {
                failures--;
                log(new IOException(e));
            }
        }
        return false;
    }

    // rewritten from a terminal reader: when available() fails the round goes on to read instead, so the next round
    // is the next read, not the failed call again
    int readSome(java.io.InputStream in, byte[] buffer, boolean partial) throws IOException {
        int count = 0;
        while (count == 0) {
            try {
                if (in.available() == 0 && partial) {
                    break;
                }
            } catch (IOException e) {
                log(e);
            }
            count = in.read(buffer, 0, 1);
        }
        return count;
    }

    String firstFromQueue(Deque<String> pending) {
        String found = null;
        while (found == null && !pending.isEmpty()) {
            try {
                found = read(pending.poll());
            } catch (IOException e) {
                log(e);
            }
        }
        return found;
    }

    String firstOfArray(String[] locations) {
        for (int i = 0; i < locations.length; i++) {
            try {
                return read(locations[i]);
            } catch (IOException e) {
                log(e);
            }
        }
        return null;
    }

    void resolve(List<String> modules) {
        boolean resolved = false;
        while (!resolved) {
            try {
                resolveOnce(modules);
                resolved = true;
            } catch (RestartResolution restart) {
                log(restart);
            }
        }
    }

    // reported: the same read again at once, although the loop also uses a queue

    String readWithQueueNearby(String path, ArrayDeque<String> audit) {
        while (true) { // expect: hygiene/retry-without-backoff
            audit.add(path);
            try {
                return read(path);
            } catch (IOException e) {
                log(e);
            }
        }
    }

    /** Drains a queue: a message that fails is logged and dropped, and the next round sends the next one. */
    void sendQueued(Deque<String> outbox) {
        for (;;) {
            String message = outbox.peek();
            if (message == null) {
                return;
            }
            try {
                if (send(message)) {
                    return;
                }
            } catch (IOException e) {
                log(e);
            }
            removeHead(outbox, message);
        }
    }

    /** Peeks the same head again after a failure and drops it only once sent: a retry with no pause. */
    void sendHeadUntilAccepted(Deque<String> outbox) {
        while (!outbox.isEmpty()) { // expect: hygiene/retry-without-backoff
            String message = outbox.peek();
            try {
                send(message);
                outbox.remove(message);
                return;
            } catch (IOException e) {
                log(e);
            }
        }
    }

    private boolean send(String message) throws IOException {
        return !message.isEmpty();
    }

    private void removeHead(Deque<String> outbox, String message) {
        outbox.remove(message);
    }

    private String read(String location) throws IOException {
        return location;
    }

    private void resolveOnce(List<String> modules) {
    }

    private void log(Exception e) {
    }
}

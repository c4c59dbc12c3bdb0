package com.example;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

public class SnapshotReader {

    private volatile boolean stopped;

    // rewritten from a snapshot loader: each round opens the next file of the list, taken by the counter
    byte[] newestReadable(List<Path> snapshots) {
        byte[] found = null;
        for (int i = 0; i < snapshots.size(); i++) {
            Path snapshot = snapshots.get(i);
            try (InputStream in = Files.newInputStream(snapshot)) {
                found = in.readAllBytes();
                break;
            } catch (IOException e) {
                System.err.println("skipping " + snapshot);
            }
        }
        return found;
    }

    // rewritten from a console parser: the round moves on to the next marker after its try
    int countNotes(byte[] log) {
        int notes = 0;
        boolean done = false;
        int next = markerAfter(log, 0);
        while (next >= 0 && !done) {
            byte[] rest = java.util.Arrays.copyOfRange(log, next, log.length);
            try {
                notes += parse(rest);
                done = notes > 100;
            } catch (IOException e) {
                System.err.println("unreadable note at " + next);
            }
            next = markerAfter(log, next + 1);
        }
        return notes;
    }

    // rewritten from a brute-force parser: after each try the round searches on for the next marker
    boolean findTrailer(byte[] pdf) {
        int offset = markerAfter(pdf, 0);
        while (offset != -1) {
            try {
                if (parse(java.util.Arrays.copyOfRange(pdf, offset, pdf.length)) > 0) {
                    return true;
                }
            } catch (IOException e) {
                System.err.println("no trailer here");
            }
            offset = markerAfter(pdf, offset + 1);
        }
        return false;
    }

    // a countdown of attempts is no search: the same read comes again at once
    byte[] readTwice(Path file) throws IOException {
        int tries = 2;
        while (tries > 0) { // expect: hygiene/retry-without-backoff
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                System.err.println("retrying " + file);
            }
            tries--;
        }
        throw new IOException("unreadable " + file);
    }

    // a receive loop whose poll blocks for up to three seconds: it waits between rounds
    void receive(BlockingQueue<byte[]> inbox) {
        while (!stopped) {
            try {
                byte[] message = poll(inbox, 3, TimeUnit.SECONDS);
                if (message != null && message.length == 0) {
                    stopped = true;
                }
            } catch (IOException e) {
                System.err.println("bad message");
            }
        }
    }

    private static byte[] poll(BlockingQueue<byte[]> inbox, long timeout, TimeUnit unit) throws IOException {
        try {
            return inbox.poll(timeout, unit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static int markerAfter(byte[] log, int from) {
        for (int i = from; i < log.length; i++) {
            if (log[i] == 0x1b) {
                return i;
            }
        }
        return -1;
    }

    private static int parse(byte[] note) throws IOException {
        if (note.length < 2) {
            throw new IOException("short note");
        }
        return 1;
    }
}

package com.example;

import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

public class ReopeningChannel {

    private final Path path;
    private FileChannel channel;
    private IOException lastFailure;

    ReopeningChannel(Path path) throws IOException {
        this.path = path;
        open();
    }

    private void open() throws IOException {
        channel = FileChannel.open(path, StandardOpenOption.READ);
    }

    private void reopenAfter(IOException failure, int attempt) throws IOException {
        if (attempt > 10 || !(failure instanceof ClosedByInterruptException)) {
            throw failure;
        }
        Thread.interrupted();
        open();
    }

    // a near miss rewritten from a file system wrapper that survives interrupts: the catch reopens the channel the
    // try reads (through two methods of the class), so the next round reads from a new channel
    long size() throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                return channel.size();
            } catch (IOException e) {
                reopenAfter(e, attempt);
            }
        }
    }

    private void remember(IOException failure) {
        lastFailure = failure;
    }

    private void forget() {
        channel = null;
    }

    // remembering the failure changes nothing the try reads: the same call comes again at once
    long sizeRemembering() throws IOException {
        for (int attempt = 0; attempt < 5; attempt++) { // expect: hygiene/retry-without-backoff
            try {
                return channel.size();
            } catch (IOException e) {
                remember(e);
            }
        }
        throw lastFailure;
    }

    // the try opens its own channel before it reads it, so forgetting the old one changes nothing either
    long sizeOfAFreshChannel() throws IOException {
        for (int attempt = 0; attempt < 5; attempt++) { // expect: hygiene/retry-without-backoff
            try {
                channel = FileChannel.open(path, StandardOpenOption.READ);
                return channel.size();
            } catch (IOException e) {
                forget();
            }
        }
        throw new IOException("no size for " + path);
    }
}

package com.example;

import java.io.IOException;
import java.util.ArrayDeque;

/** Near miss from the corpus: a failed message is dropped in the catch block, so the next round sends the next one. */
class DatagramWriter {

    private final ArrayDeque<String> outbound = new ArrayDeque<>();

    void flush() {
        int budget = 16;
        while (budget > 0) {
            String message = outbound.peek();
            if (message == null) {
                break;
            }
            try {
                write(message);
                outbound.remove(message);
                budget--;
            } catch (IOException e) {
                budget--;
                outbound.remove(message);
            }
        }
    }

    void flushKeepingTheHead() {
        while (!outbound.isEmpty()) { // expect: hygiene/retry-without-backoff
            String message = outbound.peek();
            try {
                write(message);
                outbound.remove(message);
                return;
            } catch (IOException e) {
                report(e);
            }
        }
    }

    private void write(String message) throws IOException {
        if (message.isEmpty()) {
            throw new IOException("empty");
        }
    }

    private void report(IOException e) {
        outbound.size();
    }
}

package com.example;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** Near miss from the corpus: each round tries a fresh random name, so a collision is not retried as is. */
class ScratchSpace {

    Path createUniqueDirectory(Path parent) {
        int attempts = 0;
        while (attempts++ < 50) {
            Path candidate = parent.resolve("scratch-" + UUID.randomUUID());
            try {
                Files.createDirectory(candidate);
                return candidate;
            } catch (IOException e) {
                attempts += 0;
            }
        }
        throw new IllegalStateException("no directory in " + parent);
    }

    Path createFixedDirectory(Path parent) {
        int attempts = 0;
        while (attempts++ < 50) { // expect: hygiene/retry-without-backoff
            try {
                return Files.createDirectory(parent.resolve("scratch"));
            } catch (IOException e) {
                attempts += 0;
            }
        }
        throw new IllegalStateException("no directory in " + parent);
    }
}

package dev.readiness.core.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GitHub code scanning's {@code primaryLocationLineHash}, an exact port of {@code hash()} in
 * github/codeql-action src/fingerprints.ts. GitHub computes this itself when it is missing, but only if it
 * can read the file; computing it here keeps alerts matched across uploads even when it cannot.
 *
 * <p>Each line's hash is a rolling hash over the next {@value #BLOCK_SIZE} non-blank characters starting
 * at that line, so it ignores indentation changes and line shifts. Arithmetic wraps at 64 bits exactly like
 * the {@code Long} type the TypeScript uses, and characters are UTF-16 code units like {@code charCodeAt}.
 */
public final class PrimaryLocationLineHash {

    static final int BLOCK_SIZE = 100;
    private static final long MOD = 37;
    private static final long FIRST_MOD = firstMod();
    /** The sentinel the TypeScript feeds after the last character, so an empty file still has line 1. */
    private static final int EOF = 65535;

    private final List<String> hashes;

    private PrimaryLocationLineHash(List<String> hashes) {
        this.hashes = hashes;
    }

    /** Hashes every line of {@code content}; keep the instance to look up several lines of one file. */
    public static PrimaryLocationLineHash of(String content) {
        return new PrimaryLocationLineHash(hashes(content));
    }

    /** The hash of 1-based {@code line}, empty when the file has no such line. */
    public Optional<String> forLine(int line) {
        return line >= 1 && line <= hashes.size() ? Optional.of(hashes.get(line - 1)) : Optional.empty();
    }

    /** All line hashes in line order. */
    public List<String> all() {
        return hashes;
    }

    /**
     * One {@code <hex>:<n>} entry per line in 1-based order. Like the original, content ending with a line
     * break has one more (empty) line than it has line breaks.
     */
    public static List<String> hashes(String content) {
        Hasher hasher = new Hasher();
        for (int i = 0; i < content.length(); i++) {
            hasher.process(content.charAt(i));
        }
        hasher.process(EOF);
        hasher.flush();
        return List.copyOf(hasher.output);
    }

    private static long firstMod() {
        long value = 1;
        for (int i = 0; i < BLOCK_SIZE; i++) {
            value *= MOD;
        }
        return value;
    }

    /** The mutable state of one pass, mirroring the closure variables of the TypeScript function. */
    private static final class Hasher {
        private final int[] window = new int[BLOCK_SIZE];
        private final int[] lineNumbers = new int[BLOCK_SIZE];
        private final Map<String, Integer> hashCounts = new HashMap<>();
        private final List<String> output = new ArrayList<>();
        private long hashRaw;
        private int index;
        private int lineNumber;
        private boolean lineStart = true;
        private boolean prevCr;

        Hasher() {
            Arrays.fill(lineNumbers, -1);
        }

        void process(int character) {
            int current = character;
            // Skip blanks and the LF of a CRLF pair, so indentation and line-ending style do not matter.
            if (current == ' ' || current == '\t' || (prevCr && current == '\n')) {
                prevCr = false;
                return;
            }
            if (current == '\r') {
                current = '\n';
                prevCr = true;
            } else {
                prevCr = false;
            }
            if (lineNumbers[index] != -1) {
                outputHash();
            }
            if (lineStart) {
                lineStart = false;
                lineNumber++;
                lineNumbers[index] = lineNumber;
            }
            if (current == '\n') {
                lineStart = true;
            }
            update(current);
        }

        void flush() {
            for (int i = 0; i < BLOCK_SIZE; i++) {
                if (lineNumbers[index] != -1) {
                    outputHash();
                }
                update(0);
            }
        }

        private void update(int current) {
            int begin = window[index];
            window[index] = current;
            hashRaw = MOD * hashRaw + current - FIRST_MOD * begin;
            index = (index + 1) % BLOCK_SIZE;
        }

        private void outputHash() {
            String hex = Long.toHexString(hashRaw);
            int count = hashCounts.merge(hex, 1, Integer::sum);
            // Lines are emitted in increasing order, so appending keeps output[line - 1] aligned.
            int line = lineNumbers[index];
            if (line != output.size() + 1) {
                throw new IllegalStateException("line hash emitted out of order: " + line);
            }
            output.add(hex + ":" + count);
            lineNumbers[index] = -1;
        }
    }
}

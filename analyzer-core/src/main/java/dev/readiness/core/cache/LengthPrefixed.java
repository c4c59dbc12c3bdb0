package dev.readiness.core.cache;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Byte strings and UTF-8 texts written after their length, as the cache files store them. A length read back is
 * checked before anything is allocated for it: the files are outside our control.
 */
public final class LengthPrefixed {

    /** Bounds what a forged length may make a reader take: no cached value comes near. */
    static final int MAX_BYTES = 256 * 1024 * 1024;

    private LengthPrefixed() {
    }

    public static void write(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    public static void writeString(DataOutputStream out, String text) throws IOException {
        write(out, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The next byte string; an IOException when its length is negative, too large or the input ends inside it. */
    public static byte[] read(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_BYTES) {
            throw new IOException("an entry of " + length + " bytes");
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new EOFException("the file ends inside an entry");
        }
        return bytes;
    }

    public static String readString(DataInputStream in) throws IOException {
        return new String(read(in), StandardCharsets.UTF_8);
    }
}

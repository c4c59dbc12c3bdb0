package dev.readiness.core.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Source bytes turned into text. Invalid UTF-8 is read as ISO-8859-1 (legacy code bases are full of it)
 * and says so; a byte-order mark is dropped.
 */
public record DecodedSource(String text, Optional<String> warning) {

    public static DecodedSource decode(byte[] bytes) {
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            return new DecodedSource(text, Optional.empty());
        } catch (CharacterCodingException e) {
            String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.ISO_8859_1);
            return new DecodedSource(text, Optional.of("not valid UTF-8 (first bad byte at offset "
                    + firstInvalidUtf8Offset(bytes, offset) + "); read as ISO-8859-1"));
        }
    }

    /** True when the bytes look binary: a NUL byte in the first 8 KiB, as Git decides. */
    public static boolean looksBinary(byte[] bytes) {
        int limit = Math.min(bytes.length, 8000);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static int firstInvalidUtf8Offset(byte[] bytes, int from) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }
}

package dev.readiness.core.report;

import dev.readiness.core.secrets.SecretMasking;
import java.nio.charset.StandardCharsets;

/**
 * Turns repository-relative paths into relative URI references for SARIF {@code artifactLocation.uri}.
 * SARIF requires a valid URI, and GitHub resolves it against the checkout, so spaces and non-ASCII names
 * must be percent-encoded (RFC 3986) while '/' stays a path separator. A secret in a file name is masked before the
 * encoding (which would hide it from the patterns), so such a link leads nowhere rather than repeat it.
 */
public final class UriPaths {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UriPaths() {
    }

    /** Keeps unreserved characters and '/', encodes every other byte of the UTF-8 form as {@code %XX}. */
    public static String encode(String relativePath) {
        byte[] bytes = SecretMasking.inText(relativePath).getBytes(StandardCharsets.UTF_8);
        StringBuilder uri = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (isUnreserved(c) || c == '/') {
                uri.append((char) c);
            } else {
                uri.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return uri.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}

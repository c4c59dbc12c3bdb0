package dev.readiness.core.report;

import dev.readiness.core.rule.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Our own fingerprint for baselines: rule id, file and enclosing symbol, plus an occurrence index to tell
 * apart several findings of one rule in one symbol. Line numbers are left out on purpose, so the
 * fingerprint survives code being added above the finding.
 */
public final class StableFingerprint {

    /** The {@code partialFingerprints} key in SARIF; bump the version when the recipe changes. */
    public static final String KEY = "readiness/v1";

    private static final int HEX_LENGTH = 32;

    private StableFingerprint() {
    }

    /**
     * Fingerprints of {@code findings}, index-aligned with them. The occurrence index counts findings with
     * the same (rule, path, symbol) in the given order, so pass the whole report-ordered list, not a subset.
     */
    public static List<String> of(List<Finding> findings) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> fingerprints = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            String ruleId = finding.ruleId();
            String path = finding.location().path();
            String symbol = finding.location().enclosingSymbol();
            String key = ruleId + '\0' + path + '\0' + symbol;
            int occurrence = seen.merge(key, 1, Integer::sum) - 1;
            fingerprints.add(compute(ruleId, path, symbol, occurrence));
        }
        return fingerprints;
    }

    /** The fingerprint of one finding: first 32 hex digits of SHA-256 over the NUL-separated fields. */
    public static String compute(String ruleId, String path, String enclosingSymbol, int occurrence) {
        // NUL cannot occur in ids, paths or symbols, so different field splits never collide.
        String input = ruleId + '\0' + path + '\0' + enclosingSymbol + '\0' + occurrence;
        return HexFormat.of().formatHex(sha256(input.getBytes(StandardCharsets.UTF_8))).substring(0, HEX_LENGTH);
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must support SHA-256", e);
        }
    }
}

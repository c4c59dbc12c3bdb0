package dev.readiness.core.report;

import dev.readiness.core.analysis.SourceTexts;
import dev.readiness.core.rule.Finding;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Our own fingerprint for baselines: rule id, file, enclosing symbol and the finding's first line with its
 * whitespace normalised (the snippet), plus an occurrence index to tell apart findings that agree on all
 * of these. Line numbers are left out on purpose, so the fingerprint survives code being added above the
 * finding, re-indentation and edits elsewhere in the file; editing the flagged line itself makes it new.
 */
public final class StableFingerprint {

    /** The {@code partialFingerprints} key in SARIF; bump the version when the recipe changes. */
    public static final String KEY = "readiness/v2";

    private static final int HEX_LENGTH = 32;

    private StableFingerprint() {
    }

    /**
     * Fingerprints of {@code findings}, index-aligned with them, with snippets read from {@code sources}
     * (null, or a file that cannot be read: empty snippets). The occurrence index counts findings with equal
     * other fields in the given order, so pass the whole report-ordered list, not a subset.
     */
    public static List<String> of(List<Finding> findings, SourceTexts sources) {
        return of(findings, sources, UnaryOperator.identity());
    }

    /**
     * {@link #of(List, SourceTexts)} with each finding's path replaced by {@code renamed} in the fingerprint (the
     * text is still read from the finding's own path): the fingerprints an earlier commit's findings would have
     * under the paths their files have now.
     */
    public static List<String> of(List<Finding> findings, SourceTexts sources, UnaryOperator<String> renamed) {
        Map<String, Optional<String[]>> lines = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<String> fingerprints = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            String path = finding.location().path();
            String snippet = snippet(lines.computeIfAbsent(path, key -> lines(sources, key)),
                    finding.location().region().startLine());
            Fields fields = new Fields(finding.ruleId(), renamed.apply(path), finding.location().enclosingSymbol(),
                    snippet);
            int occurrence = seen.merge(fields.joined(), 1, Integer::sum) - 1;
            fingerprints.add(fields.fingerprint(occurrence));
        }
        return fingerprints;
    }

    /**
     * The primary start line of each of {@code findings}, whitespace normalised as in the fingerprint, index-aligned
     * with them; "" where the text is unavailable.
     */
    public static List<String> snippets(List<Finding> findings, SourceTexts sources) {
        Map<String, Optional<String[]>> lines = new HashMap<>();
        return findings.stream().map(finding -> snippet(lines.computeIfAbsent(finding.location().path(),
                key -> lines(sources, key)), finding.location().region().startLine())).toList();
    }

    /** Fingerprints without file texts (every snippet empty). */
    public static List<String> of(List<Finding> findings) {
        return of(findings, null);
    }

    /** What a fingerprint is made of, besides the occurrence index; {@code snippet} is the normalised line. */
    public record Fields(String ruleId, String path, String symbol, String snippet) {

        /** First 32 hex digits of SHA-256 over the NUL-separated fields and the occurrence index. */
        public String fingerprint(int occurrence) {
            String input = joined() + '\0' + occurrence;
            return HexFormat.of().formatHex(sha256(input.getBytes(StandardCharsets.UTF_8))).substring(0, HEX_LENGTH);
        }

        /** NUL cannot occur in ids, paths, symbols or source lines, so different field splits never collide. */
        String joined() {
            return ruleId + '\0' + path + '\0' + symbol + '\0' + snippet;
        }
    }

    /** A line with every run of whitespace made one space and the ends trimmed. */
    public static String normalise(String line) {
        return line.strip().replaceAll("\\s+", " ");
    }

    private static String snippet(Optional<String[]> lines, int line) {
        return lines.filter(all -> line >= 1 && line <= all.length).map(all -> normalise(all[line - 1])).orElse("");
    }

    private static Optional<String[]> lines(SourceTexts sources, String path) {
        if (sources == null) {
            return Optional.empty();
        }
        try {
            return sources.text(path).map(text -> text.split("\r\n|\r|\n", -1));
        } catch (UncheckedIOException e) {
            return Optional.empty(); // an unreadable file only loses the snippet, like GitHub's line hash
        }
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must support SHA-256", e);
        }
    }
}

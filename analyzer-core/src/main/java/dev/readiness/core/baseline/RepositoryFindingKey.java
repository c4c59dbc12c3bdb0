package dev.readiness.core.baseline;

import dev.readiness.core.analysis.SourceTexts;
import dev.readiness.core.report.StableFingerprint;
import dev.readiness.core.rule.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * How a finding of a repository rule is recognised at the merge base. The stable fingerprint will not do: such a
 * finding judges the repository as a whole or one file's history, and the line it is shown on is often only an
 * anchor (line 1 of the README or pom.xml), whose text a branch may edit without the finding changing; and several
 * findings of one rule on one anchor tell apart only by their message, which the fingerprint leaves out, so its
 * occurrence index shifts when one of them comes or goes. So the key is the {@link Place} (rule, file, symbol, and
 * the line's text where the line is a real place) and the message with its numbers masked: counts and measures
 * (truck factor, revisions, code health) drift with every commit without the finding being new.
 */
record RepositoryFindingKey(Place place, String message) {

    /**
     * Where the finding is: rule, path, enclosing symbol and the primary line's text, whitespace normalised. On line 1
     * of a file at the top of the scanned directory (README, pom.xml) the finding is about the repository, so path
     * and line are left empty: the anchor moves when a README is added. On any other line 1 (a file's own finding:
     * a hotspot) the line's text is left empty, as it says nothing about the file.
     */
    record Place(String ruleId, String path, String symbol, String line) {
    }

    /** Possessive: a greedy group repetition recurses once per repetition, and a message may quote "1.2.3…". */
    private static final Pattern NUMBER = Pattern.compile("\\d++(?:[.,]\\d++)*+");

    /**
     * The keys of {@code findings}, index-aligned, with line texts read from {@code sources} and each path as
     * {@code renamed} gives it (an earlier commit's findings under their files' current paths).
     *
     * @param scope the directory the scan was restricted to, "" for the whole repository
     */
    static List<RepositoryFindingKey> of(List<Finding> findings, SourceTexts sources, String scope,
                                         UnaryOperator<String> renamed) {
        List<String> lines = StableFingerprint.snippets(findings, sources);
        List<RepositoryFindingKey> keys = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            String path = renamed.apply(finding.location().path());
            boolean firstLine = finding.location().region().startLine() == 1;
            Place place = firstLine && atTop(path, scope)
                    ? new Place(finding.ruleId(), "", finding.location().enclosingSymbol(), "")
                    : new Place(finding.ruleId(), path, finding.location().enclosingSymbol(), firstLine ? "" : lines.get(i));
            keys.add(new RepositoryFindingKey(place, masked(finding.message())));
        }
        return keys;
    }

    /** {@code message} with every number made "#": "Truck factor 2 of 14 files" and "… 1 of 15 …" read alike. */
    static String masked(String message) {
        return NUMBER.matcher(message).replaceAll("#");
    }

    private static boolean atTop(String path, String scope) {
        int slash = path.lastIndexOf('/');
        String directory = slash < 0 ? "" : path.substring(0, slash);
        return directory.equals(scope);
    }
}

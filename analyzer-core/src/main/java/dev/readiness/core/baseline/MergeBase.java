package dev.readiness.core.baseline;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.MergeBaseDelta;
import dev.readiness.core.analysis.Trend;
import dev.readiness.core.metrics.FileHealth;
import dev.readiness.core.report.StableFingerprint;
import dev.readiness.core.rule.Finding;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * What pull-request mode keeps of the scan of the merge base (the same analysis run on that commit's tree, read
 * from Git objects), under the paths the files have now: the stable fingerprints of its findings, the keys of its
 * repository rules' findings, its score and its files' code health; with the lines the branch changed since.
 * It decides which findings the branch brought ({@link #newFindings}) and how it moved the score ({@link #delta}).
 */
public final class MergeBase {

    /** The property a finding made on compiled classes carries, with the value {@link AnalysisResult#BYTECODE}. */
    static final String ANALYSIS_PROPERTY = "analysis";

    private final ChangedLines changes;
    private final Rules rules;
    private final Found found;

    /**
     * Which rules are judged how: the repository rules (whose findings are recognised by their
     * {@link RepositoryFindingKey}) and those that read compiled classes in the scan compared with the merge base,
     * which had none.
     */
    public record Rules(Set<String> repository, Set<String> onCompiledClasses) {

        public Rules {
            repository = Set.copyOf(repository);
            onCompiledClasses = Set.copyOf(onCompiledClasses);
        }
    }

    /**
     * What the scan of the merge base found, under the files' current paths: the stable fingerprints of its findings,
     * the messages of its repository rules' findings at each place (numbers masked), its score and its files' health.
     */
    private record Found(Set<String> fingerprints, Map<RepositoryFindingKey.Place, List<String>> repositoryFindings,
                         Double score, Map<String, Double> healthByPath) {
    }

    /** @param found null when the merge base could not be scanned */
    private MergeBase(ChangedLines changes, Rules rules, Found found) {
        this.changes = changes;
        this.rules = rules;
        this.found = found;
    }

    /** Keeps what the comparison needs of {@code base}, the result of scanning the merge base of {@code changes}. */
    public static MergeBase of(AnalysisResult base, ChangedLines changes, Rules rules) {
        List<Finding> findings = base.findings();
        Set<String> fingerprints = new HashSet<>(StableFingerprint.of(findings, base.sources(), changes::currentPath));
        List<RepositoryFindingKey> keys = RepositoryFindingKey.of(findings, base.sources(), base.target().scope(),
                changes::currentPath);
        Map<RepositoryFindingKey.Place, List<String>> repositoryFindings = new HashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            if (rules.repository().contains(findings.get(i).ruleId())) {
                repositoryFindings.computeIfAbsent(keys.get(i).place(), place -> new ArrayList<>())
                        .add(keys.get(i).message());
            }
        }
        Map<String, Double> health = new HashMap<>();
        files(base).forEach(file -> health.put(changes.currentPath(file.path()), file.health()));
        return new MergeBase(changes, rules, new Found(fingerprints, repositoryFindings, base.score().overall(),
                health));
    }

    /**
     * A merge base that could not be scanned (the scanned directory did not exist there): a finding is new when a
     * line of it changed, or for a repository rule its file; its score and health are unknown.
     */
    public static MergeBase unscanned(ChangedLines changes, Rules rules) {
        return new MergeBase(changes, rules, null);
    }

    /** The merge base's commit id. */
    public String commit() {
        return changes.mergeBase();
    }

    /**
     * Which of {@code findings} (the current scan's, in report order, with their stable fingerprints and repository
     * finding keys, index-aligned) the branch brought, index-aligned:
     * <ul>
     * <li>a repository rule's finding on line 1 (about the repository or a whole file: truck factor, hotspot, no
     * CI) when no finding of the merge base has its key; one of several at one
     * {@link RepositoryFindingKey.Place place} whose message changed (a hotspot's rank, the truck factor's people)
     * still counts as that one, as long as the merge base had as many there;</li>
     * <li>a repository rule's finding on another line (a test, an import, a plugin) when no finding of the merge base
     * has its key, or a line of it changed;</li>
     * <li>any other finding when its fingerprint was not found at the merge base, or a line of it changed: a branch
     * that edits a long method owns it;</li>
     * <li>a finding made on compiled classes (the merge base has no build output, so there the sources were read):
     * one carrying {@code analysis: bytecode}, or of a rule that read them, only when it is new by the above and its
     * file changed.</li>
     * </ul>
     */
    List<Boolean> newFindings(List<Finding> findings, List<String> currentFingerprints,
                              List<RepositoryFindingKey> currentKeys) {
        if (found == null) {
            return findings.stream().map(this::changedAtAll).toList();
        }
        Set<Integer> knownHere = knownRepositoryFindings(findings, currentKeys);
        List<Boolean> isNew = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            boolean known = rules.repository().contains(finding.ruleId()) ? knownHere.contains(i)
                    : found.fingerprints().contains(currentFingerprints.get(i));
            boolean onItsLines = finding.location().region().startLine() > 1 || !rules.repository()
                    .contains(finding.ruleId());
            boolean brought = !known || onItsLines && changes.touches(finding.location().path(),
                    finding.location().region());
            isNew.add(brought && (!onCompiledClasses(finding) || changes.fileChanged(finding.location().path())));
        }
        return isNew;
    }

    /**
     * The indexes of the repository rules' findings the merge base had: each takes a finding of the merge base with
     * its key, then the ones left take what is left at their place, in report order.
     */
    private Set<Integer> knownRepositoryFindings(List<Finding> findings, List<RepositoryFindingKey> keys) {
        List<Integer> ofRepositoryRules = IntStream.range(0, findings.size())
                .filter(i -> rules.repository().contains(findings.get(i).ruleId())).boxed().toList();
        Matching matching = new Matching(keys, found.repositoryFindings());
        matching.pass(ofRepositoryRules, true);
        matching.pass(ofRepositoryRules, false);
        return matching.known;
    }

    /** The current findings' keys matched against what the merge base had left at each place, pass by pass. */
    private static final class Matching {

        private final List<RepositoryFindingKey> keys;
        private final Map<RepositoryFindingKey.Place, Deque<String>> remaining = new HashMap<>();
        private final Set<Integer> known = new HashSet<>();

        Matching(List<RepositoryFindingKey> keys, Map<RepositoryFindingKey.Place, List<String>> atMergeBase) {
            this.keys = keys;
            atMergeBase.forEach((place, messages) -> remaining.put(place, new ArrayDeque<>(messages)));
        }

        /**
         * Each of {@code indexes} not known yet takes a merge base's finding left at its place and becomes known: one
         * with the same message, or with {@code sameMessage} false any.
         */
        void pass(List<Integer> indexes, boolean sameMessage) {
            for (int i : indexes) {
                Deque<String> left = remaining.getOrDefault(keys.get(i).place(), new ArrayDeque<>());
                if (!known.contains(i) && (sameMessage ? left.removeFirstOccurrence(keys.get(i).message())
                        : left.pollFirst() != null)) {
                    known.add(i);
                }
            }
        }
    }

    /** Without a scan of the merge base: a line of it changed, or for a repository rule its file. */
    private boolean changedAtAll(Finding finding) {
        return rules.repository().contains(finding.ruleId()) ? changes.fileChanged(finding.location().path())
                : changes.touches(finding.location().path(), finding.location().region());
    }

    private boolean onCompiledClasses(Finding finding) {
        return rules.onCompiledClasses().contains(finding.ruleId())
                || AnalysisResult.BYTECODE.equals(finding.properties().get(ANALYSIS_PROPERTY));
    }

    /**
     * How the branch moved the score (from the merge base's to {@code current}'s) and the code health of each
     * production Java file it added, edited or deleted.
     */
    MergeBaseDelta delta(AnalysisResult current) {
        Map<String, Double> healthByPath = found == null ? Map.of() : found.healthByPath();
        Map<String, Double> now = new HashMap<>();
        files(current).forEach(file -> now.put(file.path(), file.health()));
        List<MergeBaseDelta.FileChange> files = new ArrayList<>();
        for (String path : changes.changedPaths()) {
            Double before = healthByPath.get(path);
            if (before != null || now.containsKey(path)) {
                String previous = changes.pathAtMergeBase(path);
                files.add(new MergeBaseDelta.FileChange(path, previous.equals(path) ? null : previous, before,
                        now.get(path)));
            }
        }
        Set<String> deleted = new TreeSet<>(changes.deletedPaths());
        deleted.removeAll(now.keySet());
        deleted.stream().filter(healthByPath::containsKey).forEach(path ->
                files.add(new MergeBaseDelta.FileChange(path, null, healthByPath.get(path), null)));
        return new MergeBaseDelta(new Trend.Change(found == null ? null : found.score(), current.score().overall()),
                files);
    }

    /** The code health of {@code result}'s production files; none for a result built without measures. */
    private static List<FileHealth> files(AnalysisResult result) {
        return result.codeHealth() == null ? List.of() : result.codeHealth().files();
    }
}

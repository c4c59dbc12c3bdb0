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
    private final boolean scanned;
    private final Set<String> fingerprints;
    private final Map<RepositoryFindingKey.Place, List<String>> repositoryFindings;
    private final Double score;
    private final Map<String, Double> healthByPath;

    private MergeBase(ChangedLines changes, boolean scanned, Set<String> fingerprints,
                      Map<RepositoryFindingKey.Place, List<String>> repositoryFindings, Double score,
                      Map<String, Double> healthByPath) {
        this.changes = changes;
        this.scanned = scanned;
        this.fingerprints = fingerprints;
        this.repositoryFindings = repositoryFindings;
        this.score = score;
        this.healthByPath = healthByPath;
    }

    /**
     * Keeps what the comparison needs of {@code base}, the result of scanning the merge base of {@code changes}.
     *
     * @param repositoryRules the ids of the repository rules, whose findings are recognised by their
     *                        {@link RepositoryFindingKey}
     */
    public static MergeBase of(AnalysisResult base, ChangedLines changes, Set<String> repositoryRules) {
        List<Finding> findings = base.findings();
        Set<String> fingerprints = new HashSet<>(StableFingerprint.of(findings, base.sources(), changes::currentPath));
        List<RepositoryFindingKey> keys = RepositoryFindingKey.of(findings, base.sources(), base.target().scope(),
                changes::currentPath);
        Map<RepositoryFindingKey.Place, List<String>> repositoryFindings = new HashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            if (repositoryRules.contains(findings.get(i).ruleId())) {
                repositoryFindings.computeIfAbsent(keys.get(i).place(), place -> new ArrayList<>())
                        .add(keys.get(i).message());
            }
        }
        Map<String, Double> health = new HashMap<>();
        files(base).forEach(file -> health.put(changes.currentPath(file.path()), file.health()));
        return new MergeBase(changes, true, fingerprints, repositoryFindings, base.score().overall(), health);
    }

    /**
     * A merge base that could not be scanned (the scanned directory did not exist there): a finding is new when a
     * line of it changed, or for a repository rule its file; its score and health are unknown.
     */
    public static MergeBase unscanned(ChangedLines changes) {
        return new MergeBase(changes, false, Set.of(), Map.of(), null, Map.of());
    }

    /** The merge base's commit id. */
    public String commit() {
        return changes.mergeBase();
    }

    /**
     * Which of {@code findings} (the current scan's, in report order, with their stable fingerprints and repository
     * finding keys, index-aligned) the branch brought, index-aligned:
     * <ul>
     * <li>a repository rule's finding when no finding of the merge base has its key; one of several at one
     * {@link RepositoryFindingKey.Place place} whose message changed (a hotspot's rank, the truck factor's people)
     * still counts as that one, as long as the merge base had as many there;</li>
     * <li>any other finding when its fingerprint was not found at the merge base, or a line of it changed: a branch
     * that edits a long method owns it;</li>
     * <li>a finding made on compiled classes (the merge base has no build output, so its architecture was read from
     * sources) only when both its key is new and its file changed.</li>
     * </ul>
     */
    List<Boolean> newFindings(List<Finding> findings, List<String> currentFingerprints,
                              List<RepositoryFindingKey> currentKeys, Set<String> repositoryRules) {
        Map<RepositoryFindingKey.Place, Deque<String>> remaining = new HashMap<>();
        repositoryFindings.forEach((place, messages) -> remaining.put(place, new ArrayDeque<>(messages)));
        Boolean[] isNew = new Boolean[findings.size()];
        List<Integer> unmatched = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            if (!scanned) {
                isNew[i] = repositoryRules.contains(finding.ruleId()) ? changes.fileChanged(finding.location().path())
                        : changes.touches(finding.location().path(), finding.location().region());
            } else if (!repositoryRules.contains(finding.ruleId())) {
                isNew[i] = !fingerprints.contains(currentFingerprints.get(i))
                        || changes.touches(finding.location().path(), finding.location().region());
            } else if (remaining.getOrDefault(currentKeys.get(i).place(), new ArrayDeque<>())
                    .removeFirstOccurrence(currentKeys.get(i).message())) {
                isNew[i] = false;
            } else {
                unmatched.add(i);
            }
        }
        for (int i : unmatched) {
            Deque<String> left = remaining.get(currentKeys.get(i).place());
            isNew[i] = left == null || left.pollFirst() == null;
        }
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            if (AnalysisResult.BYTECODE.equals(finding.properties().get(ANALYSIS_PROPERTY))) {
                isNew[i] = isNew[i] && changes.fileChanged(finding.location().path());
            }
        }
        return List.of(isNew);
    }

    /**
     * How the branch moved the score (from the merge base's to {@code current}'s) and the code health of each
     * production Java file it added, edited or deleted.
     */
    MergeBaseDelta delta(AnalysisResult current) {
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
        return new MergeBaseDelta(new Trend.Change(score, current.score().overall()), files);
    }

    /** The code health of {@code result}'s production files; none for a result built without measures. */
    private static List<FileHealth> files(AnalysisResult result) {
        return result.codeHealth() == null ? List.of() : result.codeHealth().files();
    }
}

package dev.readiness.rules.history;

import dev.readiness.core.history.Commit;
import dev.readiness.core.history.History;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Fix commits and the files where they concentrate. A fix commit's subject names a fix, bug, defect,
 * hotfix, patch, regression or a closed issue ("closes #123"). A bare {@code #123} is not enough: GitHub
 * appends the pull-request number to every squash-merged subject, fixes or not. Fixes of wording,
 * formatting or the build ("Fix typo", "Fix Javadoc", "fix checkstyle") are not defects. Counted over the recent window,
 * merges left out; a file is a defect hotspot with at least {@value #MIN_FIXES} fix commits that make at
 * least half of its revisions.
 */
final class FixCommits {

    static final Pattern FIX_WORDS = Pattern.compile("(?i)\\b(fix(e[sd])?|bug|defect|hotfix|patch(ed)?|regression)\\b");
    static final Pattern CLOSES_ISSUE = Pattern.compile(
            "(?i)\\b(close[sd]?|resolve[sd]?)\\s+(#|[a-z][a-z0-9]*-)\\d+\\b");
    /** "Fix typos in Javadoc": the words right after the fix word name something that is not behaviour. */
    static final Pattern NOT_A_DEFECT = Pattern.compile("(?i)\\bfix(e[sd])?\\b\\W+(\\w+\\W+){0,2}?"
            + "(typos?|spelling|grammar|javadoc|docs?|documentation|comments?|format(ting)?|whitespace|indent(ation)?|"
            + "style|checkstyle|pmd|spotbugs|lint|warnings?|imports?|build|ci|links?|readme|site|license|headers?)\\b");
    static final int MIN_FIXES = 3;
    static final double MIN_FIX_SHARE = 0.5;
    static final int MAX_REPORTED = 10;

    /** A file's fix commits among its revisions in the window. */
    record DefectHotspot(String path, int fixes, int revisions) {
        double share() {
            return fixes / (double) revisions;
        }

        int sharePercent() {
            return (int) Math.round(share() * 100);
        }
    }

    private FixCommits() {
    }

    static boolean isFix(Commit commit) {
        String subject = commit.subject();
        if (CLOSES_ISSUE.matcher(subject).find()) {
            return true;
        }
        return FIX_WORDS.matcher(subject).find() && !NOT_A_DEFECT.matcher(subject).find();
    }

    /** Files accepted by {@code include} where fixes concentrate, most fixes first (then share, path). */
    static List<DefectHotspot> defectHotspots(History history, Predicate<String> include) {
        Map<String, Integer> revisions = new HashMap<>();
        Map<String, Integer> fixes = new HashMap<>();
        for (Commit commit : history.recentCommits()) {
            if (commit.isMerge()) {
                continue;
            }
            boolean fix = isFix(commit);
            for (String path : new LinkedHashSet<>(history.currentPathsOf(commit))) {
                revisions.merge(path, 1, Integer::sum);
                if (fix) {
                    fixes.merge(path, 1, Integer::sum);
                }
            }
        }
        return fixes.entrySet().stream()
                .filter(entry -> include.test(entry.getKey()))
                .map(entry -> new DefectHotspot(entry.getKey(), entry.getValue(), revisions.get(entry.getKey())))
                .filter(file -> file.fixes() >= MIN_FIXES && file.share() >= MIN_FIX_SHARE)
                .sorted(Comparator.comparingInt(DefectHotspot::fixes).reversed()
                        .thenComparing(Comparator.comparingDouble(DefectHotspot::share).reversed())
                        .thenComparing(DefectHotspot::path))
                .limit(MAX_REPORTED)
                .toList();
    }
}

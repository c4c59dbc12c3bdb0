package dev.readiness.core.briefing;

import java.util.List;

/**
 * What an agent should know before it edits one file, in one answer: its role, code health and what costs it, its
 * risk from size and recent changes, the files that change with it (and whether a reference between them explains it:
 * when none does, an edit to one will miss the other), the tests that reach it and whether they check results, the
 * architecture rules that apply to its package, its open findings and who knows it.
 */
public record FileBriefing(String path, String role, Health health, Risk risk, List<CoChange> changesWith,
                           Tests tests, List<String> architectureRules, List<OpenFinding> findings,
                           Knowledge knowledge) {

    public FileBriefing {
        changesWith = List.copyOf(changesWith);
        architectureRules = List.copyOf(architectureRules);
        findings = List.copyOf(findings);
    }

    /** Code health 1–10 (10 healthy), its band, and each biomarker that costs points, with where it was found. */
    public record Health(double score, String band, int linesOfCode, List<String> biomarkers) {

        public Health {
            biomarkers = List.copyOf(biomarkers);
        }
    }

    /**
     * Changes in the recent window, the file risk (the chance of a defect fix within a year, from size and changes),
     * and its rank among the hotspots (null when it is none).
     */
    public record Risk(int recentChanges, double fileRisk, Integer hotspotRank, int hotspots) {
    }

    /** A file that changed with this one: shared commits, coupling degree (0–1), and whether a reference explains it. */
    public record CoChange(String path, int sharedCommits, double degree, boolean staticDependency) {
    }

    /** The tests that reach the file's types (the first {@value TestLinks#LISTED}), and how many in all. */
    public record Tests(int count, int checkingResults, List<TestLink> listed) {

        public Tests {
            listed = List.copyOf(listed);
        }
    }

    /** One test: its file, class and method, and its oracle: "real" (checks a result), "mock-only" or "none". */
    public record TestLink(String path, String test, String oracle) {
    }

    /** An active finding in the file. */
    public record OpenFinding(String ruleId, String level, int line, String message) {
    }

    /** Who knows the file: its authors by degree of authorship, the main author's share of changes, its last change. */
    public record Knowledge(List<String> authors, double mainAuthorShare, String lastChange) {

        public Knowledge {
            authors = List.copyOf(authors);
        }
    }
}

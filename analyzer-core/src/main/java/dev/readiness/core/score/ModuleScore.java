package dev.readiness.core.score;

import java.util.Comparator;

/**
 * The readiness score of one part of the repository: a build module ({@code directory} "" is the root module) or an
 * area readiness.yml names ({@code area}), with its production lines of code and its active findings.
 */
public record ModuleScore(String directory, boolean area, long linesOfCode, long findings, ReadinessScore score) {

    /** The lowest overall score first (an unmeasured one last), then modules before areas, then by directory. */
    public static final Comparator<ModuleScore> WORST_FIRST = Comparator
            .comparing((ModuleScore module) -> module.score().overall(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ModuleScore::area).thenComparing(ModuleScore::directory);

    /** How reports name it: its directory, "(root)" for the root module. */
    public String name() {
        return directory.isEmpty() ? "(root)" : directory;
    }
}

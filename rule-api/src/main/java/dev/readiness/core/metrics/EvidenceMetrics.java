package dev.readiness.core.metrics;

/**
 * What dynamic evidence (PIT, JaCoCo reports found or given) says of the whole scan: line coverage,
 * mutation score (detected / viable mutants) and test strength (detected / covered mutants), each 0..1 or
 * null when no report measured it, and how many report files were read.
 */
public record EvidenceMetrics(Double lineCoverage, Double mutationScore, Double testStrength, int reports) {

    public static final EvidenceMetrics NONE = new EvidenceMetrics(null, null, null, 0);
}

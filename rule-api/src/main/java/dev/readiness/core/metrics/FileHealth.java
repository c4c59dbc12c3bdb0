package dev.readiness.core.metrics;

import java.util.List;

/** Code health of one production file: 1.0 to 10.0 (10 = healthy), its band and what cost points. */
public record FileHealth(String path, int linesOfCode, double health, HealthBand band, List<Biomarker> biomarkers) {

    public FileHealth {
        biomarkers = List.copyOf(biomarkers);
    }
}

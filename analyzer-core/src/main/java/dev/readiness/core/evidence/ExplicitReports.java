package dev.readiness.core.evidence;

import java.nio.file.Path;
import java.util.List;

/** Report files named by the user ({@code --pit-report}, {@code --jacoco-report}), read besides the ones found. */
public record ExplicitReports(List<Path> pitReports, List<Path> jacocoReports) {

    public static final ExplicitReports NONE = new ExplicitReports(List.of(), List.of());

    public ExplicitReports {
        pitReports = pitReports == null ? List.of() : List.copyOf(pitReports);
        jacocoReports = jacocoReports == null ? List.of() : List.copyOf(jacocoReports);
    }

    public boolean isEmpty() {
        return pitReports.isEmpty() && jacocoReports.isEmpty();
    }
}

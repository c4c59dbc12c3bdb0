package dev.readiness.core.config;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The settings of readiness.yml that the analysis uses. {@link #EMPTY} when the repository has no
 * readiness.yml and none was given: every rule then runs on its defaults. {@code weights} overrides the
 * default weight of score categories by category id ("architecture", "testing" …); empty: the defaults.
 */
public record ReadinessConfig(String source, ArchitectureConfig architecture, Map<String, Double> weights) {

    public static final ReadinessConfig EMPTY = new ReadinessConfig("", ArchitectureConfig.NONE);

    public ReadinessConfig {
        source = source == null ? "" : source;
        architecture = architecture == null ? ArchitectureConfig.NONE : architecture;
        weights = weights == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(weights));
    }

    /** Settings with an architecture section only. */
    public ReadinessConfig(String source, ArchitectureConfig architecture) {
        this(source, architecture, Map.of());
    }
}

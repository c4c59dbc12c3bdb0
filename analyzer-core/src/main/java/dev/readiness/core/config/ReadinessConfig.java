package dev.readiness.core.config;

/**
 * The settings of readiness.yml that the analysis uses. {@link #EMPTY} when the repository has no
 * readiness.yml and none was given: every rule then runs on its defaults.
 */
public record ReadinessConfig(String source, ArchitectureConfig architecture) {

    public static final ReadinessConfig EMPTY = new ReadinessConfig("", ArchitectureConfig.NONE);

    public ReadinessConfig {
        source = source == null ? "" : source;
        architecture = architecture == null ? ArchitectureConfig.NONE : architecture;
    }
}

package dev.readiness.core.engine;

import dev.readiness.core.config.ReadinessConfig;
import dev.readiness.core.config.RuleSettings;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Rule;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.rule.RuleOptions;
import dev.readiness.core.rule.RuleType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A rule as it runs in one scan: created with readiness.yml's options, with its metadata's default level
 * replaced by readiness.yml's {@code level} when set ({@code levelOverridden}: every finding then gets that level).
 */
record ActiveRule(RuleType type, Rule rule, RuleMetadata metadata, boolean levelOverridden,
                  Map<String, Double> options) {

    /**
     * The rules of {@code rules} that run as configured by {@code config}, in the given order: those readiness.yml
     * enables, and those it does not mention that meet the precision bar.
     */
    static List<ActiveRule> of(List<RuleType> rules, ReadinessConfig config) {
        List<ActiveRule> active = new ArrayList<>();
        for (RuleType type : rules) {
            RuleSettings settings = config.rule(type.metadata().id());
            if (settings.runs(type.metadata().scored())) {
                RuleOptions options = RuleOptions.of(type.metadata().options(), settings.options());
                RuleMetadata metadata = settings.level() == null ? type.metadata()
                        : type.metadata().withDefaultLevel(Level.parse(settings.level()));
                active.add(new ActiveRule(type, type.create(options), metadata, settings.level() != null,
                        new TreeMap<>(options.values())));
            }
        }
        return List.copyOf(active);
    }

    /** Whether this rule judges files of {@code kind}: it runs on them and may report in them. */
    boolean judges(FileKind kind) {
        return metadata.scope().contains(kind);
    }

    /**
     * Whether a finding of this rule in a file of {@code kind} is kept. A rule that judges code alone keeps to the code
     * of its scope. A rule that also judges documents, build files or other files judges the repository as a whole;
     * its findings stand on whatever file anchors them, a root Java file when there is no README and no build file.
     * Build files and documents anchor repository-level findings of any rule.
     */
    boolean keepsFindingIn(FileKind kind) {
        return !kind.isCode() || judges(kind) || !metadata.scope().stream().allMatch(FileKind::isCode);
    }

    /** A sink stamping this rule's id and (overridden) level on what it reports into {@code target}. */
    RuleSink sink(List<Finding> target) {
        return new RuleSink(metadata, levelOverridden, target);
    }

    /** What changes this rule's per-file results besides its code, for the cache fingerprint. */
    String settingsKey() {
        return metadata.id() + " level " + metadata.defaultLevel().id() + (levelOverridden ? "!" : "") + " options "
                + options;
    }
}

package dev.readiness.core.rule;

import dev.readiness.core.config.RuleOption;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a rule is, independent of what it finds: its stable id ({@code category/kebab-name}, the SARIF
 * ruleId), names, descriptions, help Markdown (with a "How to fix" section), default level, precision,
 * tags, for security rules a CVSS-like {@code security-severity} such as "7.5", and the options readiness.yml
 * may set (thresholds).
 */
public record RuleMetadata(
        String id,
        String name,
        String shortDescription,
        String fullDescription,
        String helpMarkdown,
        Level defaultLevel,
        Precision precision,
        List<String> tags,
        String securitySeverity,
        List<RuleOption> options) {

    private static final Pattern ID = Pattern.compile("[a-z]+/[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern SEVERITY = Pattern.compile("(10(\\.0)?|[0-9](\\.[0-9])?)");
    private static final int MAX_TAGS = 20;

    public RuleMetadata {
        requireValidId(id);
        requireText(name, "name", id);
        requireText(shortDescription, "shortDescription", id);
        requireText(fullDescription, "fullDescription", id);
        requireText(helpMarkdown, "helpMarkdown", id);
        Objects.requireNonNull(defaultLevel, "defaultLevel");
        Objects.requireNonNull(precision, "precision");
        tags = tags == null ? List.of() : List.copyOf(tags);
        if (tags.size() > MAX_TAGS) {
            throw new IllegalArgumentException(id + ": at most " + MAX_TAGS + " tags");
        }
        options = options == null ? List.of() : List.copyOf(options);
        if (options.stream().map(RuleOption::name).distinct().count() != options.size()) {
            throw new IllegalArgumentException(id + ": option names must be unique");
        }
        if (securitySeverity != null && !SEVERITY.matcher(securitySeverity).matches()) {
            throw new IllegalArgumentException(id + ": security-severity must be a number 0.0-10.0: " + securitySeverity);
        }
    }

    /** This metadata with another default level (readiness.yml's {@code level}). */
    public RuleMetadata withDefaultLevel(Level level) {
        return new RuleMetadata(id, name, shortDescription, fullDescription, helpMarkdown, level, precision, tags,
                securitySeverity, options);
    }

    /** Starts the metadata of rule {@code id}; its help Markdown is loaded from next to {@code owner}. */
    public static Builder builder(String id, Class<?> owner) {
        return new Builder(requireValidId(id), owner);
    }

    private static String requireValidId(String id) {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must be category/kebab-name: " + id);
        }
        return id;
    }

    public String category() {
        return categoryOf(id);
    }

    public boolean isSecurityRule() {
        return securitySeverity != null;
    }

    static String categoryOf(String ruleId) {
        int slash = ruleId.indexOf('/');
        return slash < 0 ? ruleId : ruleId.substring(0, slash);
    }

    private static void requireText(String value, String field, String id) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(id + ": " + field + " must not be blank");
        }
    }

    /** Names each part, so the nine fields of a rule cannot be passed in the wrong order. */
    public static final class Builder {
        private final String id;
        private final Class<?> owner;
        private String name;
        private String shortDescription;
        private String fullDescription;
        private Level defaultLevel = Level.WARNING;
        private Precision precision = Precision.HIGH;
        private List<String> tags = List.of();
        private String securitySeverity;
        private final List<RuleOption> options = new java.util.ArrayList<>();

        private Builder(String id, Class<?> owner) {
            this.id = id;
            this.owner = owner;
        }

        /** PascalCase, e.g. {@code ComplexMethod}. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder shortDescription(String value) {
            this.shortDescription = value;
            return this;
        }

        public Builder fullDescription(String value) {
            this.fullDescription = value;
            return this;
        }

        public Builder defaultLevel(Level value) {
            this.defaultLevel = value;
            return this;
        }

        public Builder precision(Precision value) {
            this.precision = value;
            return this;
        }

        public Builder tags(String... values) {
            this.tags = List.of(values);
            return this;
        }

        /** Marks a security rule, e.g. "7.5"; GitHub ranks alerts by it. */
        public Builder securitySeverity(String value) {
            this.securitySeverity = value;
            return this;
        }

        /** Declares an option readiness.yml may set; the rule reads it in {@link Rule#configured}. */
        public Builder option(RuleOption value) {
            this.options.add(value);
            return this;
        }

        public RuleMetadata build() {
            return new RuleMetadata(id, name, shortDescription, fullDescription, RuleHelp.load(owner, id),
                    defaultLevel, precision, tags, securitySeverity, options);
        }
    }
}

package dev.readiness.core.rule;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a rule is, independent of what it finds: its stable id ({@code category/kebab-name}, the SARIF
 * ruleId), names, descriptions, help Markdown (with a "How to fix" section), default level, precision,
 * tags and, for security rules, a CVSS-like {@code security-severity} such as "7.5".
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
        String securitySeverity) {

    private static final Pattern ID = Pattern.compile("[a-z]+/[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern SEVERITY = Pattern.compile("(10(\\.0)?|[0-9](\\.[0-9])?)");
    private static final int MAX_TAGS = 20;

    public RuleMetadata {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must be category/kebab-name: " + id);
        }
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
        if (securitySeverity != null && !SEVERITY.matcher(securitySeverity).matches()) {
            throw new IllegalArgumentException(id + ": security-severity must be a number 0.0-10.0: " + securitySeverity);
        }
    }

    /** A rule without a security severity. */
    public static RuleMetadata of(String id, String name, String shortDescription, String fullDescription,
                                  Level defaultLevel, Precision precision, List<String> tags, Class<?> owner) {
        return new RuleMetadata(id, name, shortDescription, fullDescription, RuleHelp.load(owner, id),
                defaultLevel, precision, tags, null);
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
}

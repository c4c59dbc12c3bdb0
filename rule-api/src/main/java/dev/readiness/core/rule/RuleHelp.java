package dev.readiness.core.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads a rule's help Markdown from {@code /readiness/rules/<rule-id>.md} next to the rule class. */
public final class RuleHelp {

    private RuleHelp() {
    }

    public static String resourcePath(String ruleId) {
        return "/readiness/rules/" + ruleId + ".md";
    }

    public static String load(Class<?> owner, String ruleId) {
        String path = resourcePath(ruleId);
        try (InputStream in = owner.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("rule " + ruleId + " has no help resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip() + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read help of rule " + ruleId, e);
        }
    }
}

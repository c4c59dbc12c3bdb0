package dev.readiness.core.rule;

import dev.readiness.core.repo.FileKind;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Everything a rule is, declared once on its class (Error Prone's {@code @BugPattern} does the same): the engine
 * reads it to build the {@link RuleMetadata}, to decide which files the rule runs on and whether it can run at
 * all. The SARIF name and the category are derived from the id; the help Markdown is the resource
 * {@code /readiness/rules/<id>.md}. A rule class with this annotation is found by the build (no list to keep).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleDefinition {

    /** {@code category/kebab-name}: the stable SARIF ruleId. */
    String id();

    /** One sentence: SARIF's shortDescription. */
    String summary();

    /** What is reported and why it matters: SARIF's fullDescription. */
    String description();

    /** The level of its findings unless readiness.yml sets another. */
    Level level();

    /** How often its findings are right, as measured on the calibration corpus. */
    Precision precision();

    /**
     * The roles of the files this rule judges. A per-file rule is only called on files of these roles. A rule judging
     * code alone (production and/or test) may only report in code of its roles: the engine drops a finding elsewhere in
     * code, with a note, and keeps findings anchored on build files and documents. A rule that judges documents,
     * build files or other files judges the repository as a whole, and its findings stand wherever they are anchored.
     */
    FileKind[] scope();

    /** What must be there for the rule to say anything; without it the engine skips the rule and says why. */
    Need[] needs() default {};

    /** The per-file facts a repository rule needs from the parse trees; see {@link FactExtractor}. */
    Class<? extends FactExtractor<?>>[] facts() default {};

    /** At most 20; GitHub code scanning filters by them. */
    String[] tags() default {};

    /** Marks a security rule with a CVSS-like score such as "7.5"; empty for the others. */
    String securitySeverity() default "";

    /**
     * For a checklist rule (the context category): what holds when it reports nothing, as a checklist item reads
     * ("CI builds the project"), so a passed item never reads like the problem. Empty: the rule's title.
     */
    String holds() default "";

    /** What fixing one finding takes, in kind; the remediation plan estimates hours from it. */
    Effort effort() default Effort.LINES;
}

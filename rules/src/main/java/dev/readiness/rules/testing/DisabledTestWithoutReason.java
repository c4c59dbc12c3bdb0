package dev.readiness.rules.testing;

import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.stmt.BlockStmt;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.JavaFileRule;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RuleDefinition;
import dev.readiness.core.rule.SourceLocations;
import dev.readiness.core.source.JavaFile;
import dev.readiness.core.source.testcode.TestFixtures;
import dev.readiness.core.source.testcode.TestMethods;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Tests (or whole test classes) switched off with JUnit 5 {@code @Disabled}, JUnit 4 {@code @Ignore} or TestNG
 * {@code @Test(enabled = false)} without saying why. A comment next to the annotation ({@code @Ignore // site
 * moved}) or right above the declaration is a reason too; so is a comment opening the test's body or a Javadoc
 * that speaks of the test being off (it fails, is flaky, is ignored), and a body comment naming an issue. Classes that switch off nothing are left alone: fixture
 * classes the tests run as inputs, abstract classes, and classes with no tests of their own that inherit none.
 * tsDetect's "Ignored Test", narrowed to the ones without a reason.
 */
@RuleDefinition(
        id = "testing/disabled-test-without-reason",
        summary = "Test is disabled without a reason.",
        description = "Reports tests and test classes disabled with @Disabled, @Ignore or TestNG @Test(enabled = "
                + "false) that give no reason (no value, a blank one, or only a to-do marker, and no comment beside "
                + "the annotation, above the test or opening its body saying why). Nobody can tell "
                + "whether the test is obsolete, flaky or waiting for a fix, so it stays off for good.",
        level = Level.NOTE,
        precision = Precision.VERY_HIGH,
        scope = FileKind.TEST,
        tags = {"testing", "test-smell", "ai-readiness"}
)
public final class DisabledTestWithoutReason implements JavaFileRule {

    /** A reason that only says the work is unfinished is no reason. */
    private static final Pattern NO_REASON = Pattern.compile("\\W*((todo|fixme|tbd|xxx)\\W*)?");
    /** Words that say why a test is off rather than what it checks. */
    private static final Pattern DISABLING_WORDS = Pattern.compile(
            "(?i)\\b(disabled?|enabled?|ignored?|fail|fails|failed|failing|flaky|broken|not yet|on purpose)\\b");
    /**
     * A to-do that says what is missing ({@code TODO use the newest conflict resolver}, {@code TODO: why don't all
     * short IDs parse?}): the test waits for that. A bare {@code TODO} says nothing.
     */
    private static final Pattern TODO_WITH_TEXT = Pattern.compile("(?i)\\b(todo|fixme)\\b\\W*\\w+\\W+\\w+\\W+\\w+");
    /** An issue key (LANG-1655, #31), not a standard's name such as UTF-8 or SHA-256. */
    private static final Pattern ISSUE_KEY = Pattern.compile(
            "\\b(?!(?:UTF|ISO|SHA|MD|RFC|JSR|JEP|CP|X)-)[A-Z][A-Z0-9]+-\\d{2,}\\b|#\\d+\\b");

    @Override
    public void check(JavaFile file, FindingSink sink) {
        for (MethodDeclaration test : TestCode.testMethods(file)) {
            if (TestMethods.isDisabledItself(test) && !isReason(TestMethods.disabledReason(test))
                    && !explainedByComment(test) && !explainedInBody(test) && !awaitsAToDo(test)) {
                sink.report(SourceLocations.ofName(file, test), "Test " + test.getNameAsString()
                        + " is disabled without a reason. " + ADVICE);
            }
        }
        TestFixtures fixtures = TestFixtures.of(file.unit());
        for (ClassOrInterfaceDeclaration type : file.unit().findAll(ClassOrInterfaceDeclaration.class,
                type -> switchesOffTests(type, fixtures))) {
            TestMethods.disablingOf(type).filter(disabling -> !isReason(disabling.reason()) && !explainedByComment(type))
                    .ifPresent(reason -> sink.report(SourceLocations.ofName(file, type), "Test class "
                            + type.getNameAsString() + " is disabled without a reason, so all its tests are off. " + ADVICE));
        }
    }

    /**
     * A class whose disabling turns tests off: not a fixture, not abstract, and with tests of its own (TestNG's
     * class-level {@code @Test} makes its public methods tests) or inherited.
     */
    private static boolean switchesOffTests(ClassOrInterfaceDeclaration type, TestFixtures fixtures) {
        if (fixtures.contains(type) || fixtures.encloses(type) || type.isAbstract()) {
            return false;
        }
        return !type.getExtendedTypes().isEmpty() || type.getAnnotationByName("Test").isPresent()
                || !type.findAll(MethodDeclaration.class, TestMethods::isTest).isEmpty();
    }

    /**
     * A comment that gives the reason: at the end of an annotation's line ({@code @Ignore // the site moved}),
     * right above the declaration, or a Javadoc that speaks of the test being off (most Javadoc only describes
     * what the test checks).
     */
    private static boolean explainedByComment(BodyDeclaration<?> declaration) {
        Stream<Comment> around = Stream.concat(declaration.getComment()
                        .filter(comment -> !comment.isJavadocComment() || DISABLING_WORDS.matcher(comment.getContent()).find())
                        .stream(),
                declaration.getAnnotations().stream().flatMap(annotation -> annotation.getComment().stream()));
        return around.anyMatch(comment -> isReason(Optional.of(comment.getContent().strip())));
    }

    /**
     * A comment opening the test's body on a line of its own, before or on its first statement, that speaks of
     * the test being off or names an issue ({@code // fails until LANG-1655}); not a step such as
     * {@code // given}, and not a comment after the opening brace, which belongs to the signature.
     */
    private static boolean explainedInBody(MethodDeclaration test) {
        Optional<BlockStmt> body = test.getBody();
        if (body.isEmpty()) {
            return false;
        }
        int opening = body.get().getBegin().map(position -> position.line).orElse(Integer.MAX_VALUE);
        int firstStatement = body.get().getStatements().isEmpty() ? Integer.MAX_VALUE
                : body.get().getStatement(0).getBegin().map(position -> position.line).orElse(Integer.MAX_VALUE);
        Stream<Comment> comments = Stream.concat(body.get().getOrphanComments().stream(),
                body.get().getStatements().stream().limit(1).flatMap(statement -> statement.getComment().stream()));
        return comments.filter(comment -> comment.getBegin().map(position -> position.line > opening
                        && position.line <= firstStatement).orElse(false))
                .map(Comment::getContent)
                .anyMatch(text -> DISABLING_WORDS.matcher(text).find() || ISSUE_KEY.matcher(text).find());
    }

    /**
     * The test's Javadoc or a comment in its body notes what it waits for with a to-do of a few words, as the reason
     * (commons-lang's "TODO: Why don't all short IDs parse", Maven's "TODO use newest conflict resolver").
     */
    private static boolean awaitsAToDo(MethodDeclaration test) {
        Stream<Comment> comments = Stream.concat(test.getComment().stream(), test.getAllContainedComments().stream());
        return comments.anyMatch(comment -> TODO_WITH_TEXT.matcher(comment.getContent()).find());
    }

    private static final String ADVICE = "Say why and when it can come back (@Disabled(\"flaky on CI, see #123\"), "
            + "@Ignore(\"...\"), TestNG description = \"...\"), or fix or delete the test.";

    private static boolean isReason(Optional<String> reason) {
        return reason.filter(text -> !NO_REASON.matcher(text.toLowerCase(Locale.ROOT)).matches()).isPresent();
    }
}

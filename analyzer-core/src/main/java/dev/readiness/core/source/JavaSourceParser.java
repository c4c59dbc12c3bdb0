package dev.readiness.core.source;

import dev.readiness.core.repo.FileRoles;
import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.Processor;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.validator.postprocessors.Java26PostProcessor;
import com.github.javaparser.ast.validator.postprocessors.PostProcessors;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.CompilationUnit;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.source.testcode.TestMethods;
import dev.readiness.core.source.testcode.TestFactsExtractor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Parses one Java file with JavaParser at the newest language level it supports. Not thread-safe: the
 * engine uses one instance per worker thread. Token storage stays on: comment attribution needs it.
 * JavaParser's language-level validation is left out: it walked every tree a dozen times (a sixth of a scan's
 * parse time) to report what a compiler would refuse, which an analyzer of compiling code does not need. The
 * level's post-processing, which turns {@code var} into a var type, still runs.
 */
public final class JavaSourceParser {

    public static final ParserConfiguration.LanguageLevel LANGUAGE_LEVEL = ParserConfiguration.LanguageLevel.JAVA_26;
    /**
     * Hand-written files reach past a megabyte (picocli's CommandLine.java: 1.2 MB, the core of the library); larger
     * than this they are generated data, and one tree would cost a worker more heap than a scan has to spare.
     */
    public static final long DEFAULT_MAX_FILE_BYTES = 4L * 1024L * 1024L;

    static {
        PrimitiveSpelling.settle(); // "int", not "ınt", whatever the default locale
    }

    private static final int DEFAULT_PROCESSORS = 6;
    private static final int LANGUAGE_LEVEL_PROCESSOR = 3;

    private final JavaParser parser;
    private final long maxFileBytes;

    public JavaSourceParser() {
        this(DEFAULT_MAX_FILE_BYTES);
    }

    public JavaSourceParser(long maxFileBytes) {
        ParserConfiguration configuration = new ParserConfiguration()
                .setLanguageLevel(LANGUAGE_LEVEL)
                .setStoreTokens(true)
                .setAttributeComments(true);
        withoutValidation(configuration);
        this.parser = new JavaParser(configuration);
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * Replaces the processor that post-processes and validates at the language level (the fourth of the six a new
     * configuration of JavaParser 3.28 holds) by one that only post-processes. A JavaParser with another number of
     * processors is left as it is, and JavaSourceParserTest fails, so an upgrade that moves it is noticed.
     */
    private static void withoutValidation(ParserConfiguration configuration) {
        List<Supplier<Processor>> processors = configuration.getProcessors();
        if (processors.size() == DEFAULT_PROCESSORS) {
            PostProcessors languageLevel = new Java26PostProcessor();
            processors.set(LANGUAGE_LEVEL_PROCESSOR, () -> new Processor() {
                @Override
                public void postProcess(ParseResult<? extends Node> result, ParserConfiguration config) {
                    languageLevel.postProcess(result, config);
                }
            });
        }
    }

    public ParseOutcome parse(RepoFile file, byte[] bytes, String blobId) {
        if (DecodedSource.looksBinary(bytes)) {
            return new ParseOutcome.Skipped(file.path(), "binary content in a .java file; not analysed");
        }
        if (bytes.length > maxFileBytes) {
            return new ParseOutcome.Skipped(file.path(), String.format(Locale.ROOT,
                    "%.1f MB exceeds the %.1f MB limit for Java sources (most such files are generated); not analysed",
                    bytes.length / 1_048_576.0, maxFileBytes / 1_048_576.0));
        }
        DecodedSource decoded = DecodedSource.decode(bytes);
        if (FileRoles.hasGeneratedHeader(decoded.text())) {
            return new ParseOutcome.Generated(file.path());
        }
        ParseResult<CompilationUnit> result;
        try {
            result = parser.parse(decoded.text());
        } catch (RuntimeException | StackOverflowError e) {
            // JavaParser can fail internally on pathological input; one file must never stop the scan
            return new ParseOutcome.Failed(file.path(), "parser error: " + e.getClass().getSimpleName(), 0, 0);
        }
        if (!result.isSuccessful() || result.getResult().isEmpty()) {
            return failure(file.path(), result);
        }
        CompilationUnit unit = result.getResult().get();
        if (FileRoles.isGenerated(unit)) {
            return new ParseOutcome.Generated(file.path());
        }
        JavaFile javaFile = new JavaFile(roleOnceParsed(file, unit), decoded.text(), unit, CodeLines.of(unit));
        FileFacts facts = new FileFacts(file.path(), blobId, countLines(decoded.text()), javaFile.codeLines().total(),
                TypeExtractor.types(javaFile), javaFile.isTest() ? TestFactsExtractor.extract(unit, file.fileName(), Symbols::enclosingSymbol) : null,
                DependencyExtractor.dependencies(unit), SuppressionMarkers.ofJava(unit, decoded.text()), Map.of());
        return new ParseOutcome.Parsed(javaFile, facts, decoded.warning());
    }

    /**
     * The file's role refined by its content: a file its path made production but that declares tests is test code
     * ({@link TestMethods#declaresTests}); the engine gives the listing the same role after the parse.
     */
    private static RepoFile roleOnceParsed(RepoFile file, CompilationUnit unit) {
        return file.kind() == FileKind.PRODUCTION && TestMethods.declaresTests(unit) ? file.withKind(FileKind.TEST) : file;
    }

    private static ParseOutcome failure(String path, ParseResult<CompilationUnit> result) {
        Optional<Problem> first = result.getProblems().stream().findFirst();
        if (first.isEmpty()) {
            return new ParseOutcome.Failed(path, "could not be parsed", 0, 0);
        }
        Problem problem = first.get();
        int line = problem.getLocation().flatMap(TokenRange::toRange).map(range -> range.begin.line).orElse(0);
        int column = problem.getLocation().flatMap(TokenRange::toRange).map(range -> range.begin.column).orElse(0);
        String message = problem.getMessage().lines().findFirst().orElse("syntax error");
        return new ParseOutcome.Failed(path, message, line, column);
    }

    static int countLines(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return text.endsWith("\n") ? lines - 1 : lines;
    }
}

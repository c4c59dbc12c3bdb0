package dev.readiness.bench;

import com.github.javaparser.ast.body.CallableDeclaration;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.JavaFileRule;
import dev.readiness.core.rule.RuleRegistry;
import dev.readiness.core.source.JavaFile;
import dev.readiness.core.source.JavaSourceParser;
import dev.readiness.core.source.ParseOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The per-file hot path of a scan, on one real source file: parsing with JavaParser (tokens kept), and
 * running every built-in per-file rule over the tree. The file is a parameter (-p file=...).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PerFileBenchmark {

    @Param("")
    public String file;

    private byte[] bytes;
    private RepoFile repoFile;
    private JavaSourceParser parser;
    private JavaFile parsed;
    private List<JavaFileRule> rules;
    private com.github.javaparser.JavaParser javaParser;
    private String text;

    @Setup
    public void setUp() throws IOException {
        bytes = Files.readAllBytes(Path.of(file));
        repoFile = new RepoFile("src/main/java/Bench.java", FileKind.PRODUCTION, "", bytes.length, null);
        parser = new JavaSourceParser();
        ParseOutcome outcome = parser.parse(repoFile, bytes, "blob");
        if (!(outcome instanceof ParseOutcome.Parsed done)) {
            throw new IllegalStateException("benchmark input does not parse: " + outcome);
        }
        parsed = done.file();
        text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        javaParser = new com.github.javaparser.JavaParser(new com.github.javaparser.ParserConfiguration()
                .setLanguageLevel(JavaSourceParser.LANGUAGE_LEVEL).setStoreTokens(true));
        rules = RuleRegistry.fromClasspath(PerFileBenchmark.class.getClassLoader()).ofType(JavaFileRule.class);
    }

    /** JavaParser alone, configured as the scan configures it: what parse() costs beyond it is ours. */
    @Benchmark
    public Object javaParserOnly() {
        return javaParser.parse(text);
    }

    @Benchmark
    public ParseOutcome parse() {
        return parser.parse(repoFile, bytes, "blob");
    }

    @Benchmark
    public void allFileRules(Blackhole blackhole) {
        FindingSink sink = (location, message, related) -> blackhole.consume(message);
        for (JavaFileRule rule : rules) {
            rule.check(parsed, sink);
        }
    }

    @Benchmark
    public int methodsOnly() {
        return parsed.unit().findAll(CallableDeclaration.class).size();
    }
}

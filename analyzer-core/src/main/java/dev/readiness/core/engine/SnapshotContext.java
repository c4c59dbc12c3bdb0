package dev.readiness.core.engine;

import dev.readiness.core.analysis.SourceTexts;
import dev.readiness.core.bytecode.BytecodeModel;
import java.util.concurrent.atomic.AtomicInteger;
import dev.readiness.core.config.ReadinessConfig;
import dev.readiness.core.evidence.TestEvidence;
import dev.readiness.core.graph.DependencyGraph;
import dev.readiness.core.history.History;
import dev.readiness.core.modules.ModuleDependencies;
import dev.readiness.core.metrics.CodeHealth;
import dev.readiness.core.metrics.CodeHealthSummary;
import dev.readiness.core.repo.BuildModule;
import dev.readiness.core.repo.GitState;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.repo.RepositorySnapshot;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.source.DecodedSource;
import dev.readiness.core.source.SourceFacts;
import dev.readiness.core.source.TypeIndex;
import dev.readiness.core.testmodel.TestModel;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** The {@link RepositoryContext} of one scan, over its snapshot and the models built from it. */
final class SnapshotContext implements RepositoryContext, SourceTexts {

    private final RepositorySnapshot snapshot;
    private final SourceFacts sourceFacts;
    private final TypeIndex typeIndex;
    private final History history;
    private final Object testModelLock = new Object();
    private TestModel testModel;
    private final Object codeHealthLock = new Object();
    private DependencyGraph dependencyGraph;
    private ModuleDependencies moduleDependencies;
    private CodeHealthSummary codeHealth;
    private final TestEvidence testEvidence;

    private final ReadinessConfig config;
    private BytecodeModel bytecode;
    private final AtomicInteger compiledClassReads = new AtomicInteger();

    SnapshotContext(RepositorySnapshot snapshot, SourceFacts sourceFacts, History history, TestEvidence testEvidence,
                    ReadinessConfig config) {
        this.config = config;
        this.snapshot = snapshot;
        this.sourceFacts = sourceFacts;
        this.typeIndex = new TypeIndex(sourceFacts.all());
        this.history = history;
        this.testEvidence = testEvidence;
    }

    /** Set once by the engine before any rule runs, when compiled classes could be used. */
    void useBytecode(BytecodeModel model) {
        this.bytecode = model;
    }

    @Override
    public Optional<BytecodeModel> bytecode() {
        countCompiledClassRead();
        return Optional.ofNullable(bytecode);
    }

    @Override
    public ReadinessConfig config() {
        return config;
    }

    @Override
    public List<RepoFile> files() {
        return snapshot.files();
    }

    @Override
    public Optional<RepoFile> file(String path) {
        return snapshot.file(path);
    }

    @Override
    public List<BuildModule> modules() {
        return snapshot.modules();
    }

    @Override
    public GitState gitState() {
        return snapshot.gitState();
    }

    @Override
    public String scope() {
        return snapshot.scope();
    }

    @Override
    public Optional<String> readText(RepoFile file) {
        try {
            byte[] bytes = snapshot.read(file).bytes();
            return DecodedSource.looksBinary(bytes) ? Optional.empty() : Optional.of(DecodedSource.decode(bytes).text());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> text(String path) {
        return snapshot.file(path).flatMap(this::readText);
    }

    @Override
    public TypeIndex typeIndex() {
        return typeIndex;
    }

    @Override
    public SourceFacts sourceFacts() {
        return sourceFacts;
    }

    @Override
    public synchronized DependencyGraph dependencyGraph() {
        countCompiledClassRead();
        if (dependencyGraph == null && bytecode != null) {
            dependencyGraph = bytecode.dependencyGraph();
        } else if (dependencyGraph == null) {
            dependencyGraph = DependencyGraph.build(sourceFacts, typeIndex,
                    path -> snapshot.file(path).map(RepoFile::moduleDirectory).orElse(""));
        }
        return dependencyGraph;
    }

    @Override
    public synchronized ModuleDependencies moduleDependencies() {
        if (moduleDependencies == null) {
            moduleDependencies = ModuleDependencies.read(snapshot.modules(),
                    snapshot.files().stream().map(RepoFile::path).toList(), this::text);
        }
        return moduleDependencies;
    }

    // code health and the test model have locks of their own: they are built beside the repository rules
    @Override
    public CodeHealthSummary codeHealth() {
        synchronized (codeHealthLock) {
            if (codeHealth == null) {
                codeHealth = CodeHealth.summarize(sourceFacts, this::isProduction);
            }
            return codeHealth;
        }
    }

    @Override
    public TestModel testModel() {
        synchronized (testModelLock) {
            if (testModel == null) {
                testModel = TestModel.build(sourceFacts,
                        path -> snapshot.file(path).map(RepoFile::moduleDirectory).orElse(""));
            }
            return testModel;
        }
    }

    /**
     * Starts building the test model and the code health on a thread of their own: the score needs both, the
     * repository rules (which mostly wait on one core) few. Whoever asks first for either waits for it, so each is
     * built once, and the same whatever thread builds it.
     */
    void buildScoreModelsAside() {
        Thread thread = new Thread(() -> {
            testModel();
            codeHealth();
        }, "readiness-models");
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((failed, error) -> {
            // nothing kept: the thread that asks for the model builds it again and meets the failure itself
        });
        thread.start();
    }

    @Override
    public Optional<History> history() {
        return Optional.ofNullable(history);
    }

    @Override
    public Optional<TestEvidence> testEvidence() {
        return Optional.ofNullable(testEvidence);
    }

    /**
     * How often the compiled classes were read so far, directly or through the dependency graph built from them (0
     * without compiled classes): tells which rules' findings rest on them.
     */
    int compiledClassReads() {
        return compiledClassReads.get();
    }

    private void countCompiledClassRead() {
        if (bytecode != null) {
            compiledClassReads.incrementAndGet();
        }
    }
}

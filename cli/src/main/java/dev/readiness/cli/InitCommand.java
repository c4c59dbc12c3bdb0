package dev.readiness.cli;

import dev.readiness.core.config.ConfigLoader;
import dev.readiness.core.engine.AnalysisException;
import dev.readiness.core.repo.RepositoryReader;
import dev.readiness.core.repo.ScanInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code readiness init}: writes a starter readiness.yml. The one command that writes into the repository, and
 * only the file the user asked for; an existing file is never overwritten.
 */
@Command(name = "init",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {
            "Writes a commented starter readiness.yml to the top of PATH's repository (or to --output FILE).",
            "",
            "It names the layers it recognises in the sources. An existing file is never overwritten."},
        footerHeading = "%nExamples:%n",
        footer = {"  readiness init", "  readiness init ~/src/shop --output /tmp/readiness.yml"},
        exitCodeListHeading = ExitCode.HELP_HEADING,
        exitCodeList = {"0:readiness.yml written", "2:usage or input error, or the file exists",
            ExitCode.ANALYSIS_FAILED_HELP})
final class InitCommand implements Callable<Integer> {

    private final Streams streams;

    @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "PATH",
            description = "The repository, or a directory in it (default: the current directory).")
    Path path;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write here instead of readiness.yml at the top of the repository.")
    Path output;

    InitCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws UsageException, ScanInputException, AnalysisException {
        Path target = output != null ? output : RepositoryReader.rootDirectory(path).resolve(ConfigLoader.FILE_NAME);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new UsageException(target + " already exists; not overwritten (edit it, remove it "
                    + "or name another file with --output)");
        }
        String content = StarterConfig.render(LayerDetector.packagesByLayer(path,
                Runtime.getRuntime().availableProcessors()));
        write(target, content);
        streams.out().println("Wrote " + target + ":");
        streams.out().println();
        streams.out().print(content);
        return ExitCode.OK;
    }

    private static void write(Path target, String content) throws UsageException {
        try {
            // CREATE_NEW: a file appearing meanwhile is not overwritten either
            Files.writeString(target, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new UsageException(e.getFile() + " already exists; not overwritten", e);
        } catch (IOException e) {
            throw new UsageException("cannot write " + e.getMessage(), e);
        }
    }
}

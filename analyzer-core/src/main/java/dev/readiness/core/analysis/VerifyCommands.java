package dev.readiness.core.analysis;

import dev.readiness.core.repo.BuildModule;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The command that runs the tests of each build module, as the repository's build declares it (the wrapper when it
 * has one): what a fix prompt tells an agent to run to check its fix. By module directory ("" the root).
 */
public record VerifyCommands(Map<String, String> byModule) {

    public static final VerifyCommands NONE = new VerifyCommands(Map.of());

    public VerifyCommands {
        byModule = Map.copyOf(byModule);
    }

    /** The commands of {@code modules}; {@code exists} says whether the repository has a file (mvnw, gradlew). */
    public static VerifyCommands of(List<BuildModule> modules, Predicate<String> exists) {
        Map<String, String> commands = new TreeMap<>();
        for (BuildModule module : modules) {
            String directory = module.directory();
            switch (module.tool()) {
                case MAVEN -> {
                    String maven = exists.test("mvnw") ? "./mvnw" : "mvn";
                    commands.put(directory, directory.isEmpty() ? maven + " -B test"
                            : maven + " -B -pl " + directory + " -am test");
                }
                case GRADLE -> {
                    String gradle = exists.test("gradlew") ? "./gradlew" : "gradle";
                    commands.put(directory, directory.isEmpty() ? gradle + " test"
                            : gradle + " :" + directory.replace('/', ':') + ":test");
                }
                case CONVENTION -> {
                    // no build file declares how to test it
                }
            }
        }
        return new VerifyCommands(commands);
    }

    /** The command of the innermost module holding {@code path}; empty when no build declares one. */
    public Optional<String> forPath(String path) {
        String best = null;
        for (String directory : byModule.keySet()) {
            boolean holds = directory.isEmpty() || path.equals(directory) || path.startsWith(directory + "/");
            if (holds && (best == null || directory.length() > best.length())) {
                best = directory;
            }
        }
        return Optional.ofNullable(best).map(byModule::get);
    }
}

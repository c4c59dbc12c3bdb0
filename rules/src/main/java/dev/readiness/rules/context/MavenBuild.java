package dev.readiness.rules.context;

import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.rule.RepositoryContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The pom.xml files of the build: the root pom of the scanned scope and its modules, transitively (other
 * poms, e.g. test fixtures or sample projects, are not part of it); which plugin versions a pom inherits
 * pinned, and whether its chain of parents leaves the repository (then nothing can be judged).
 */
final class MavenBuild {

    private final Map<String, PomModel> poms = new TreeMap<>();

    private MavenBuild() {
    }

    static MavenBuild read(RepositoryContext context, RepoFile rootPom) {
        MavenBuild build = new MavenBuild();
        Deque<String> pending = new ArrayDeque<>(List.of(rootPom.path()));
        while (!pending.isEmpty()) {
            String path = pending.pop();
            Optional<PomModel> pom = build.poms.containsKey(path) ? Optional.empty()
                    : context.file(path).flatMap(context::readText).flatMap(PomModel::read);
            pom.ifPresent(model -> {
                build.poms.put(path, model);
                model.modules().forEach(module -> pending.add(modulePom(path, module)));
            });
        }
        return build;
    }

    private static String modulePom(String pomPath, String module) {
        String relative = module.endsWith(".xml") ? module : module + "/pom.xml";
        return normalize(ScopePaths.parent(pomPath), relative);
    }

    Map<String, PomModel> poms() {
        return poms;
    }

    /** The pom at {@code path} and its parents found in the repository, nearest first. */
    List<PomModel> chain(String path) {
        List<PomModel> chain = new ArrayList<>();
        for (Optional<String> next = Optional.of(path); next.isPresent() && chain.size() < poms.size(); ) {
            PomModel pom = poms.get(next.get());
            chain.add(pom);
            next = parentPath(next.get(), pom);
        }
        return chain;
    }

    /** The last pom of the chain has a parent outside the repository (e.g. spring-boot-starter-parent). */
    boolean inheritsFromOutside(String path) {
        List<PomModel> chain = chain(path);
        PomModel last = chain.get(chain.size() - 1);
        return last.parent().isPresent() && parentPath(pathOf(last), last).isEmpty();
    }

    private String pathOf(PomModel pom) {
        return poms.entrySet().stream().filter(entry -> entry.getValue() == pom).map(Map.Entry::getKey)
                .findFirst().orElse("");
    }

    private Optional<String> parentPath(String path, PomModel pom) {
        if (pom.parent().isEmpty()) {
            return Optional.empty();
        }
        String relative = pom.parent().get().relativePath() == null ? "../pom.xml" : pom.parent().get().relativePath();
        if (relative.isEmpty()) {
            return Optional.empty();
        }
        String target = normalize(ScopePaths.parent(path), relative.endsWith(".xml") ? relative : relative + "/pom.xml");
        PomModel parent = poms.get(target);
        return parent != null && parent.artifactId().equals(pom.parent().get().artifactId())
                ? Optional.of(target) : Optional.empty();
    }

    private static String normalize(String directory, String relative) {
        List<String> segments = new ArrayList<>(directory.isEmpty() ? List.of() : List.of(directory.split("/")));
        for (String segment : relative.split("/")) {
            if (segment.equals("..") && !segments.isEmpty()) {
                segments.remove(segments.size() - 1);
            } else if (segment.equals("..")) {
                return "";
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        return String.join("/", segments);
    }
}

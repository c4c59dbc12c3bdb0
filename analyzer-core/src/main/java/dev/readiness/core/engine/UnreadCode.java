package dev.readiness.core.engine;

import dev.readiness.core.analysis.ToolNotification;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.FileRoles;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.repo.RepositorySnapshot;
import dev.readiness.core.rule.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The one notice that says which of the project's own code the scan cannot read: sources in Kotlin, Groovy or
 * Scala, which only Java's rules, scores and code health would judge. A warning when they hold most of the
 * production or test code by size, as then the scores describe the smaller part (Javalin is written in Kotlin,
 * Spock's specifications in Groovy).
 */
final class UnreadCode {

    private static final Map<String, String> LANGUAGES = Map.of("kt", "Kotlin", "groovy", "Groovy",
            "scala", "Scala");
    private static final double MOST = 0.5;

    private UnreadCode() {
    }

    static Optional<ToolNotification> notice(RepositorySnapshot snapshot) {
        Map<String, Integer> filesByLanguage = new TreeMap<>();
        long[] unreadBytes = new long[FileKind.values().length];
        long[] allBytes = new long[FileKind.values().length];
        for (RepoFile file : snapshot.files()) {
            if (!file.kind().isCode()) {
                continue;
            }
            String language = LANGUAGES.get(FileRoles.extension(file.fileName()));
            if (language == null && !file.isJava()) {
                continue;
            }
            allBytes[file.kind().ordinal()] += file.size();
            if (language != null) {
                filesByLanguage.merge(language, 1, Integer::sum);
                unreadBytes[file.kind().ordinal()] += file.size();
            }
        }
        if (filesByLanguage.isEmpty()) {
            return Optional.empty();
        }
        double production = share(unreadBytes, allBytes, FileKind.PRODUCTION);
        double test = share(unreadBytes, allBytes, FileKind.TEST);
        List<String> counts = new ArrayList<>();
        filesByLanguage.forEach((language, count) -> counts.add(count + " " + language + " file" + (count == 1 ? "" : "s")));
        String message = "Not analysed (only Java is): " + String.join(", ", counts) + ", " + percent(production)
                + " of the production code and " + percent(test) + " of the test code by size; rules, scores and "
                + "code health cover the Java code only";
        Level level = production >= MOST || test >= MOST ? Level.WARNING : Level.NOTE;
        return Optional.of(ToolNotification.global("unread-code", level, message));
    }

    private static double share(long[] unread, long[] all, FileKind kind) {
        return all[kind.ordinal()] == 0 ? 0 : (double) unread[kind.ordinal()] / all[kind.ordinal()];
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%d%%", Math.round(share * 100));
    }
}

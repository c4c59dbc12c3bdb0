package dev.readiness.core.config;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A path glob of readiness.yml's {@code include}/{@code exclude}, with .gitignore's meaning: {@code *} and
 * {@code ?} stay inside one path segment, {@code **} spans directories; a glob without a slash matches a file or
 * directory name at any depth, one with a slash is relative to the repository root; a trailing slash matches
 * directories only; a glob matching a directory matches everything below it. Paths are repository-relative
 * with forward slashes.
 */
final class FileGlob {

    private final Pattern pattern;
    private final boolean directoriesOnly;

    private FileGlob(Pattern pattern, boolean directoriesOnly) {
        this.pattern = pattern;
        this.directoriesOnly = directoriesOnly;
    }

    /** Why {@code glob} cannot be used, or empty when it can. */
    static Optional<String> problem(String glob) {
        if (glob.startsWith("!")) {
            return Optional.of("negation ('!') is not supported: list the path under include instead");
        }
        if (glob.contains("\\")) {
            return Optional.of("use forward slashes ('/') between directories");
        }
        if (glob.contains("[") || glob.contains("]")) {
            return Optional.of("character classes ([...]) are not supported; use * or ?");
        }
        if (glob.replace("/", "").isEmpty()) {
            return Optional.of("the glob matches nothing but slashes");
        }
        return Optional.empty();
    }

    /** Compiles a glob that {@link #problem} accepts. */
    static FileGlob compile(String glob) {
        String body = glob.strip();
        boolean directoriesOnly = body.endsWith("/");
        body = directoriesOnly ? body.substring(0, body.length() - 1) : body;
        boolean anywhere = !body.contains("/");
        body = body.startsWith("/") ? body.substring(1) : body;
        String regex = (anywhere ? "(?:.*/)?" : "") + translate(body);
        return new FileGlob(Pattern.compile(regex), directoriesOnly);
    }

    /** True when the glob matches {@code path} or one of the directories it lies in. */
    boolean matches(String path) {
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            if (pattern.matcher(path.substring(0, slash)).matches()) {
                return true;
            }
        }
        return !directoriesOnly && pattern.matcher(path).matches();
    }

    private static String translate(String glob) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            if (glob.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 3;
            } else if (glob.startsWith("**", i)) {
                regex.append(".*");
                i += 2;
            } else {
                char c = glob.charAt(i);
                regex.append(c == '*' ? "[^/]*" : c == '?' ? "[^/]" : Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return regex.toString();
    }
}

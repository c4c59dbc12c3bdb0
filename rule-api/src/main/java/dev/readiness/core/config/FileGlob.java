package dev.readiness.core.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A path glob of readiness.yml's {@code include}/{@code exclude}, with .gitignore's meaning: {@code *} and
 * {@code ?} stay inside one path segment, {@code **} spans directories; a glob without a slash matches a file or
 * directory name at any depth, one with a slash is relative to the repository root; a trailing slash matches
 * directories only; a glob matching a directory matches everything below it. Paths are repository-relative
 * with forward slashes.
 *
 * <p>Matching walks the path once per glob token, never backtracking: a glob of readiness.yml comes with the
 * repository, and a regular expression of many {@code **}s takes exponential time on a deep path.
 */
final class FileGlob {

    /** One piece of a glob: a character, {@code ?}, {@code *}, {@code **} or {@code **}{@code /}. */
    private enum Kind { LITERAL, ONE, STAR, ANY, ANY_DIRECTORIES }

    private record Token(Kind kind, char literal) {
    }

    private static final Map<String, FileGlob> COMPILED = new ConcurrentHashMap<>();

    private final List<Token> tokens;
    private final boolean directoriesOnly;

    private FileGlob(List<Token> tokens, boolean directoriesOnly) {
        this.tokens = tokens;
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

    /** A glob that {@link #problem} accepts, compiled once however many paths and callers ask for it. */
    static FileGlob compile(String glob) {
        return COMPILED.computeIfAbsent(glob, FileGlob::parse);
    }

    private static FileGlob parse(String glob) {
        String body = glob.strip();
        boolean directoriesOnly = body.endsWith("/");
        body = directoriesOnly ? body.substring(0, body.length() - 1) : body;
        boolean anywhere = !body.contains("/");
        body = body.startsWith("/") ? body.substring(1) : body;
        List<Token> tokens = new ArrayList<>();
        if (anywhere) {
            tokens.add(new Token(Kind.ANY_DIRECTORIES, ' '));
        }
        tokens.addAll(tokens(body));
        return new FileGlob(List.copyOf(tokens), directoriesOnly);
    }

    /** True when the glob matches {@code path} or one of the directories it lies in. */
    boolean matches(String path) {
        boolean[] matched = prefixesMatched(path);
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            if (matched[slash]) {
                return true;
            }
        }
        return !directoriesOnly && matched[path.length()];
    }

    /**
     * For each length {@code i}, whether the whole glob matches {@code path}'s first {@code i} characters: one sweep
     * over the path per token, each token's reachable lengths computed from the previous token's.
     */
    private boolean[] prefixesMatched(String path) {
        int length = path.length();
        boolean[] reached = new boolean[length + 1];
        reached[0] = true;
        for (Token token : tokens) {
            boolean[] next = new boolean[length + 1];
            boolean active = false;
            for (int i = 0; i <= length; i++) {
                boolean here = reached[i];
                char c = i < length ? path.charAt(i) : '\0';
                switch (token.kind()) {
                    case LITERAL -> next[Math.min(i + 1, length)] |= here && i < length && c == token.literal();
                    case ONE -> next[Math.min(i + 1, length)] |= here && i < length && c != '/';
                    case STAR, ANY -> {
                        next[i] |= here;
                        if (here && i < length && (token.kind() == Kind.ANY || c != '/')) {
                            reached[i + 1] = true; // stays in this token, one character further
                        }
                    }
                    case ANY_DIRECTORIES -> {
                        next[i] |= here; // no directory at all
                        active |= here;
                        if (active && i < length && c == '/') {
                            next[i + 1] = true; // any text ending in a slash
                        }
                    }
                }
            }
            reached = next;
        }
        return reached;
    }

    private static List<Token> tokens(String glob) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < glob.length()) {
            if (glob.startsWith("**/", i)) {
                tokens.add(new Token(Kind.ANY_DIRECTORIES, ' '));
                i += 3;
            } else if (glob.startsWith("**", i)) {
                tokens.add(new Token(Kind.ANY, ' '));
                i += 2;
            } else {
                char c = glob.charAt(i);
                tokens.add(c == '*' ? new Token(Kind.STAR, ' ') : c == '?' ? new Token(Kind.ONE, ' ')
                        : new Token(Kind.LITERAL, c));
                i++;
            }
        }
        return tokens;
    }
}

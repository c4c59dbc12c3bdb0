package dev.readiness.core.history;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A repository's {@code .mailmap}: maps the name and e-mail a commit was made with to the person's proper
 * name and e-mail. Understands the four forms of gitmailmap(5): {@code Proper Name <commit@email>},
 * {@code <proper@email> <commit@email>}, {@code Proper Name <proper@email> <commit@email>} and
 * {@code Proper Name <proper@email> Commit Name <commit@email>}. E-mails match case-insensitively; an entry
 * with a commit name wins over one with the e-mail only. Unparseable lines are ignored, as Git does.
 */
public final class Mailmap {

    /** A name and an e-mail. */
    public record Identity(String name, String email) {
    }

    /** What one entry replaces; a null part is kept as the commit has it. */
    private record Replacement(String name, String email) {
    }

    private static final Pattern PART = Pattern.compile("([^<>]*)<([^<>]*)>");
    /** Two names and two addresses; a longer line is no mailmap entry, and would cost its pattern quadratic time. */
    static final int MAX_LINE = 1_000;

    public static final Mailmap EMPTY = new Mailmap();

    private final Map<String, Replacement> byEmail = new HashMap<>();
    private final Map<String, Replacement> byNameAndEmail = new HashMap<>();

    private Mailmap() {
    }

    public static Mailmap parse(String text) {
        Mailmap mailmap = new Mailmap();
        for (String line : text.split("\r?\n")) {
            int hash = line.indexOf('#');
            String entry = hash >= 0 ? line.substring(0, hash) : line;
            if (entry.length() <= MAX_LINE) {
                mailmap.addLine(entry);
            }
        }
        return mailmap;
    }

    public boolean isEmpty() {
        return byEmail.isEmpty() && byNameAndEmail.isEmpty();
    }

    public Identity map(String name, String email) {
        String emailKey = lower(email);
        Replacement replacement = byNameAndEmail.get(lower(name) + "\u0000" + emailKey);
        if (replacement == null) {
            replacement = byEmail.get(emailKey);
        }
        if (replacement == null) {
            return new Identity(name, email);
        }
        return new Identity(replacement.name() != null ? replacement.name() : name,
                replacement.email() != null ? replacement.email() : email);
    }

    private void addLine(String line) {
        Matcher matcher = PART.matcher(line);
        String[] names = new String[2];
        String[] emails = new String[2];
        int parts = 0;
        while (parts < 2 && matcher.find()) {
            names[parts] = blankToNull(matcher.group(1));
            emails[parts] = matcher.group(2).strip();
            parts++;
        }
        if (parts == 1 && names[0] != null) {
            byEmail.put(lower(emails[0]), new Replacement(names[0], null));
        } else if (parts == 2) {
            Replacement replacement = new Replacement(names[0], blankToNull(emails[0]));
            if (names[1] == null) {
                byEmail.put(lower(emails[1]), replacement);
            } else {
                byNameAndEmail.put(lower(names[1]) + "\u0000" + lower(emails[1]), replacement);
            }
        }
    }

    private static String blankToNull(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static String lower(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}

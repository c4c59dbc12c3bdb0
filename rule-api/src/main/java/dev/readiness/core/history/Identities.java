package dev.readiness.core.history;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person, one key. People commit under several e-mails over the years (employer changes, GitHub
 * noreply addresses) and several spellings of their name ("Sébastien Deleuze", "Sebastien Deleuze",
 * "joel-costigliola", "Maarten Coene", "COENE Maarten"); without a .mailmap each would look like a different,
 * long-gone author. Identities that share an e-mail or a normalised name are joined: accents, case, a
 * "(nickname)" and the separators between words are dropped, once with the words as written and once with them
 * sorted. The nickname in parentheses and the login of a GitHub noreply address
 * ({@code 123+login@users.noreply.github.com}) count as names too. The key of a person is the e-mail of their
 * newest commit.
 */
final class Identities {

    /** Names that many unrelated people commit under; they must not join identities. */
    private static final Set<String> SHARED_NAMES = Set.of("", "root", "unknown", "user", "admin", "administrator",
            "github", "gitlab", "jenkins", "builder", "build", "ci", "developer", "dev", "nobody", "no author");
    /** A nickname or handle in parentheses: "Sebastian Kirsch (@skirsch79)". */
    private static final Pattern NICKNAME = Pattern.compile("\\(@?([^()]+)\\)");

    /** GitHub's noreply address: an optional account id, "+", the login. */
    private static final Pattern NOREPLY = Pattern.compile("(?:\\d+\\+)?([^@+]+)@users\\.noreply\\.github\\.com");

    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, String> keyOfRoot = new HashMap<>();

    /** @param commits newest first */
    Identities(List<Commit> commits) {
        for (Commit commit : commits) {
            String email = emailNode(commit);
            find(email);
            nameNodes(commit).forEach(name -> union(email, name));
        }
        for (Commit commit : commits) {
            keyOfRoot.putIfAbsent(find(emailNode(commit)), rawKey(commit)); // newest commit names the person
        }
    }

    String keyOf(Commit commit) {
        return keyOfRoot.get(find(emailNode(commit)));
    }

    /** Lower-cased e-mail, or the name when there is no e-mail. */
    static String rawKey(Commit commit) {
        String email = commit.authorEmail() == null ? "" : commit.authorEmail().strip().toLowerCase(Locale.ROOT);
        return email.isEmpty() ? commit.authorName().strip().toLowerCase(Locale.ROOT) : email;
    }

    private static String emailNode(Commit commit) {
        return "e:" + rawKey(commit);
    }

    /** The name as written and with its words sorted, and a noreply address's login; none for shared names. */
    private static Set<String> nameNodes(Commit commit) {
        Set<String> nodes = new TreeSet<>();
        String name = commit.authorName() == null ? "" : commit.authorName();
        addNameNodes(name, nodes);
        Matcher nickname = NICKNAME.matcher(name);
        while (nickname.find()) {
            addNameNodes(nickname.group(1), nodes);
        }
        Matcher noreply = NOREPLY.matcher(rawKey(commit));
        if (noreply.matches()) {
            addNameNodes(noreply.group(1), nodes);
        }
        return nodes;
    }

    private static void addNameNodes(String name, Set<String> nodes) {
        List<String> words = List.of(Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replaceAll("\\([^)]*\\)", " ")
                .toLowerCase(Locale.ROOT)
                .split("[^\\p{L}\\p{N}]+"))
                .stream().filter(word -> !word.isEmpty()).toList();
        String written = String.join("", words);
        if (SHARED_NAMES.contains(String.join(" ", words)) || written.isEmpty()) {
            return;
        }
        nodes.add("n:" + written);
        nodes.add("n:" + String.join("", words.stream().sorted().toList()));
    }

    private String find(String node) {
        String root = node;
        while (true) {
            String up = parent.putIfAbsent(root, root);
            if (up == null || up.equals(root)) {
                break;
            }
            root = up;
        }
        String current = node;
        while (!current.equals(root)) { // path compression keeps later look-ups flat
            String next = parent.get(current);
            parent.put(current, root);
            current = next;
        }
        return root;
    }

    private void union(String a, String b) {
        String rootA = find(a);
        String rootB = find(b);
        if (!rootA.equals(rootB)) {
            parent.put(rootB, rootA);
        }
    }
}

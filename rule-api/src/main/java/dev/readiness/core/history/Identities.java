package dev.readiness.core.history;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One person, one key. People commit under several e-mails over the years (employer changes, GitHub
 * noreply addresses) and several spellings of their name ("Sébastien Deleuze", "Sebastien Deleuze");
 * without a .mailmap each would look like a different, long-gone author. Identities that share an e-mail
 * or a normalised name (accents dropped, case folded) are joined; the key of a person is the e-mail of
 * their newest commit.
 */
final class Identities {

    /** Names that many unrelated people commit under; they must not join identities. */
    private static final Set<String> SHARED_NAMES = Set.of("", "root", "unknown", "user", "admin", "administrator",
            "github", "gitlab", "jenkins", "builder", "build", "ci", "developer", "dev", "nobody", "(no author)");

    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, String> keyOfRoot = new HashMap<>();

    /** @param commits newest first */
    Identities(List<Commit> commits) {
        for (Commit commit : commits) {
            String email = emailNode(commit);
            String name = nameNode(commit);
            find(email);
            if (name != null) {
                union(email, name);
            }
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

    private static String nameNode(Commit commit) {
        String name = Normalizer.normalize(commit.authorName() == null ? "" : commit.authorName(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replaceAll("\\s+", " ")
                .strip()
                .toLowerCase(Locale.ROOT);
        return SHARED_NAMES.contains(name) ? null : "n:" + name;
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

package dev.readiness.cli;

import dev.readiness.core.testing.FakeSecrets;
import dev.readiness.core.testing.TestRepos;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * A real Git repository built to attack the reports: secrets in a test's assertion, in an agent instruction file, in a
 * file name, the branch name, an author's name and a commit message, and control characters in file names (one
 * clears the screen and rings the bell, two would start report lines of their own), an author's name, a commit
 * message and a Java string, and a file name that would mention people and link issues in a pull-request comment. Each file also gives a finding or a notification, so its path reaches every report.
 */
final class HostileRepository {

    /** The name of the only branch. */
    static final String BRANCH = FakeSecrets.GITHUB_TOKEN;
    static final String SECRET_FILE = "src/main/java/shop/" + FakeSecrets.AWS_KEY_ID + ".java";
    static final String CLEARS_SCREEN = "src/main/java/shop/\u001b[2J\u0007Clear.java";
    static final String FORGES_LINE = "src/main/java/shop/Forged\r  error    Fake.java";
    static final String STARTS_LINE = "src/main/java/shop/Forged\n  error    Next.java";
    /** A name GitHub would turn into mentions of a user and a team and into links to issues. */
    static final String MENTIONS = "src/main/java/shop/@octocat @acme/team #12 acme/shop#3 GH-7.java";
    /** Not Java: a parse-error notification names it. */
    static final String BROKEN = "src/main/java/shop/\u0007Broken.java";
    static final String TEST = "src/test/java/shop/OrderTest.java";
    static final PersonIdent AUTHOR = TestRepos.ident("Eve \u001b[31m " + FakeSecrets.SLACK_TOKEN, "eve@example.com",
            "2024-03-01T10:00:00Z");
    static final String COMMIT_MESSAGE = "Add the shop \u001b]0;owned\u0007 " + FakeSecrets.GOOGLE_KEY;

    /** Every secret the repository holds; no report may repeat one. */
    static final String[] SECRETS = {FakeSecrets.GITHUB_TOKEN, FakeSecrets.AWS_KEY_ID, FakeSecrets.AWS_SECRET,
        FakeSecrets.SLACK_TOKEN, FakeSecrets.GOOGLE_KEY};
    /** Control characters the repository holds; no text, Markdown or HTML report may send one. */
    static final String[] CONTROLS = {"\u001b", "\u0007", "\r"};

    private HostileRepository() {
    }

    static Path create(Path directory) {
        try (Git git = TestRepos.init(directory)) {
            TestRepos.commitFiles(git, Map.of(
                    "AGENTS.md", "# Agents\n\nRun the tests with `./mvnw test`.\n",
                    "CLAUDE.md", "# Claude\n\nRun the tests with `gradle test -Daws.secret.key=" + FakeSecrets.AWS_SECRET
                            + "`.\n",
                    SECRET_FILE, manyParameters("Keys"),
                    CLEARS_SCREEN, nested("Clear"),
                    FORGES_LINE, nested("Forged"),
                    STARTS_LINE, nested("Next"),
                    MENTIONS, manyParameters("Mentions"),
                    BROKEN, "class Broken {",
                    TEST, TEST_CLASS), COMMIT_MESSAGE, AUTHOR);
            git.branchRename().setOldName(TestRepos.BRANCH).setNewName(BRANCH).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
        return directory;
    }

    /** A class nested six deep: a modularity/deep-nesting warning at its path, among the findings reports lead with. */
    private static String nested(String name) {
        return """
                package shop;

                class {name} {
                    int route(int a) {
                        if (a > 0) {
                            if (a > 1) {
                                if (a > 2) {
                                    if (a > 3) {
                                        if (a > 4) {
                                            if (a > 5) {
                                                return a;
                                            }
                                        }
                                    }
                                }
                            }
                        }
                        return 0;
                    }
                }
                """.replace("{name}", name);
    }

    /** A method of nine parameters: a modularity/too-many-parameters warning at its path. */
    private static String manyParameters(String name) {
        return """
                package shop;

                class {name} {
                    int sum(int a, int b, int c, int d, int e, int f, int g, int h, int i) {
                        return a + b + c + d + e + f + g + h + i;
                    }
                }
                """.replace("{name}", name);
    }

    /** Tautological assertions quoting a GitHub token and a Java string with ESC and BEL in it, raw. */
    private static final String TEST_CLASS = """
            package shop;

            import static org.junit.jupiter.api.Assertions.assertEquals;

            import org.junit.jupiter.api.Test;

            class OrderTest {
                @Test
                void token() {
                    assertEquals("{token}", "{token}");
                }

                @Test
                void bell() {
                    assertEquals("\u001b[2J\u0007", "\u001b[2J\u0007");
                }
            }
            """.replace("{token}", FakeSecrets.GITHUB_TOKEN);
}

package dev.readiness.cli;

import dev.readiness.core.testing.TestRepos;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jgit.api.Git;

/**
 * A real Git repository of a Maven build with two modules: {@code billing} (a class and a test that checks it) and
 * {@code ledger} (a class and no test), and a readiness.yml naming billing's {@code core} package directory an area.
 */
final class TwoModuleRepository {

    static final String BILLING = "billing";
    static final String LEDGER = "ledger";
    static final String AREA = "billing/src/main/java/shop/billing/core";

    private TwoModuleRepository() {
    }

    static Path create(Path directory) {
        try (Git git = TestRepos.init(directory)) {
            TestRepos.commitFiles(git, Map.of(
                    "pom.xml", ROOT_POM,
                    "readiness.yml", "areas:\n  - " + AREA + "\n",
                    "billing/pom.xml", modulePom(BILLING),
                    "billing/src/main/java/shop/billing/core/Invoice.java", INVOICE,
                    "billing/src/test/java/shop/billing/core/InvoiceTest.java", INVOICE_TEST,
                    "ledger/pom.xml", modulePom(LEDGER),
                    "ledger/src/main/java/shop/ledger/Ledger.java", LEDGER_CLASS), "Two modules",
                    TestRepos.ident("Ann", "ann@example.com", "2024-03-01T10:00:00Z"));
        }
        return directory;
    }

    private static String modulePom(String name) {
        return String.format(Locale.ROOT, """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent><groupId>shop</groupId><artifactId>shop</artifactId><version>1.0</version></parent>
                  <artifactId>%s</artifactId>
                </project>
                """, name);
    }

    private static final String ROOT_POM = """
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <groupId>shop</groupId>
              <artifactId>shop</artifactId>
              <version>1.0</version>
              <packaging>pom</packaging>
              <modules>
                <module>billing</module>
                <module>ledger</module>
              </modules>
            </project>
            """;

    private static final String INVOICE = """
            package shop.billing.core;

            public final class Invoice {
                private final long cents;

                public Invoice(long cents) {
                    this.cents = cents;
                }

                public long withTax(int percent) {
                    if (percent < 0) {
                        throw new IllegalArgumentException("negative tax");
                    }
                    return cents + cents * percent / 100;
                }
            }
            """;

    private static final String INVOICE_TEST = """
            package shop.billing.core;

            import static org.junit.jupiter.api.Assertions.assertEquals;

            import org.junit.jupiter.api.Test;

            class InvoiceTest {
                @Test
                void addsTheTax() {
                    assertEquals(1100, new Invoice(1000).withTax(10));
                }
            }
            """;

    private static final String LEDGER_CLASS = """
            package shop.ledger;

            import java.util.ArrayList;
            import java.util.List;

            public final class Ledger {
                private final List<Long> entries = new ArrayList<>();

                public void book(long cents) {
                    if (cents == 0) {
                        return;
                    }
                    entries.add(cents);
                }

                public long balance() {
                    long sum = 0;
                    for (long entry : entries) {
                        sum += entry;
                    }
                    return sum;
                }
            }
            """;
}

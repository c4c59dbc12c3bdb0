package dev.readiness.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RepoFile;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The design facts the parse stage keeps per method and per type, from a real tree. */
class DesignFactsTest {

    private static final RepoFile FILE = new RepoFile("src/main/java/com/acme/Till.java", FileKind.PRODUCTION, "", 0,
            null);

    private static TypeInfo till() {
        ParseOutcome outcome = new JavaSourceParser().parse(FILE, """
                package com.acme;

                import java.util.List;

                public class Till {
                    private long total;
                    private final List<String> log;
                    private static int opened;

                    Till(List<String> log) { this.log = log; }

                    long total() { return total; }

                    Till withTotal(long total) { this.total = total; return this; }

                    void ring(Order order, Customer customer, String note) {
                        long total = order.getTotal();             // a local shadows the field
                        if (customer.isVip() && total > 100 || note.isEmpty()) {
                            log.add(customer.name + note.trim());
                        }
                        for (var line : order.lines()) {
                            if (line != null) {
                                record(line.toString());
                            }
                        }
                        Receipt.builder().getId();
                    }

                    private void record(String text) { log.add(text); opened++; }
                }
                """.getBytes(StandardCharsets.UTF_8), "blob");
        return ((ParseOutcome.Parsed) outcome).facts().types().get(0);
    }

    @Test
    void methodsKnowTheirComplexityNestingAndWhichFieldsAndOwnMethodsTheyUse() {
        MethodMetrics ring = till().methods().get(3).metrics();

        assertThat(ring.cyclomaticComplexity()).as("1 + if + && + || + for + if").isEqualTo(6);
        assertThat(ring.cognitiveComplexity()).as("if 1, && 1, || 1, for 1, nested if 2").isEqualTo(6);
        assertThat(ring.maxNesting()).isEqualTo(2);
        assertThat(ring.bumps()).as("only the for statement nests two deep").isEqualTo(1);
        assertThat(ring.linesOfCode()).isEqualTo(10);
        assertThat(ring.fieldsUsed()).as("total is a local here; static fields are not instance state")
                .containsExactly("log");
        assertThat(ring.methodsCalled()).containsExactly("record");
    }

    @Test
    void plainAccessorsAreRecognisedByTheirBody() {
        assertThat(till().methods()).extracting(method -> method.metrics().isPlainAccessor())
                .containsExactly(false, true, true, false, false);
    }

    @Test
    void typesKnowTheirInstanceFieldsNameLineAndTheForeignDataTheyRead() {
        TypeDesign design = till().design();

        assertThat(design.nameLine()).isEqualTo(5);
        assertThat(design.instanceFields()).containsExactly("total", "log");
        assertThat(design.foreignData()).as("not String.empty, not the var line, not the builder chain")
                .containsExactly("Customer.name", "Customer.vip", "Order.total");
    }
}

package dev.readiness.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.source.JavaSourceParser;
import dev.readiness.core.source.ParseOutcome;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The design signals of one parsed file, counted by hand. */
class DesignSignalsTest {

    private static DesignSignals signals(String source) {
        RepoFile file = new RepoFile("src/main/java/com/acme/Order.java", FileKind.PRODUCTION, "", 0, null);
        ParseOutcome outcome = new JavaSourceParser().parse(file, source.getBytes(StandardCharsets.UTF_8), "blob");
        return DesignSignals.of(((ParseOutcome.Parsed) outcome).facts());
    }

    @Test
    void countsFunctionsWithABodyComplexConditionalsAndTheParametersTheClassChose() {
        DesignSignals signals = signals("""
                package com.acme;

                class Order implements Comparable<Order> {
                  private final String id;
                  Order(String id, int quantity, long cents) { this.id = id; }
                  boolean ship(String address, String city, boolean express, java.util.List<String> items) {
                    if (address != null && city != null && !items.isEmpty()) { return express; }
                    return false;
                  }
                  @Override public int compareTo(Order other) { return id.compareTo(other.id); }
                  @Override public boolean equals(Object other) { return other instanceof Order o && o.id.equals(id) && true; }
                  interface Pricing { double price(int quantity, char currency); }
                }
                """);

        // the constructor, ship, compareTo and equals have bodies; Pricing.price has none
        assertThat(signals.functions()).isEqualTo(4);
        // ship's if; equals joins its clauses outside a branch
        assertThat(signals.complexConditionals()).isEqualTo(1);
        // constructor (String, int, long), ship (String, String, boolean, List), price (int, char); not the overrides
        assertThat(signals.parameters()).isEqualTo(9);
        assertThat(signals.primitiveParameters()).isEqualTo(5);
        assertThat(signals.stringParameters()).isEqualTo(3);
    }

    @Test
    void aFileWithoutMethodsHasNoSignal() {
        assertThat(signals("package com.acme;\n\nrecord Money(long cents) { }\n"))
                .isEqualTo(new DesignSignals(0, 0, 0, 0, 0));
    }
}

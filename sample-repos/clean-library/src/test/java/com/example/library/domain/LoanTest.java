package com.example.library.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoanTest {

    private final Instant due = Instant.parse("2024-06-01T12:00:00Z");
    private final Loan loan = new Loan(1L, new Book(7L, "Dune", "Frank Herbert"), "ada", due);

    @Test
    void isNotOverdueBeforeTheDueDate() {
        assertEquals(Duration.ZERO, loan.overdueBy(due.minusSeconds(60)));
    }

    @Test
    void isOverdueByTheTimeSinceTheDueDate() {
        assertEquals(Duration.ofHours(5), loan.overdueBy(due.plus(Duration.ofHours(5))));
    }
}

package com.example.library.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.example.library.domain.Book;
import com.example.library.domain.Loan;
import com.example.library.notification.ReminderMailer;
import com.example.library.repository.LoanRepository;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoanServiceTest {

    private final Instant due = Instant.parse("2024-06-01T12:00:00Z");
    private final LoanRepository loans = mock(LoanRepository.class);
    private final LoanService service = new LoanService(loans,
            new LateFeePolicy(new BigDecimal("0.50"), new BigDecimal("5.00")), mock(ReminderMailer.class));

    @Test
    void addsUpTheFeesOfAllOverdueLoans() {
        Book dune = new Book(7L, "Dune", "Frank Herbert");
        when(loans.findByMember("ada")).thenReturn(List.of(new Loan(1L, dune, "ada", due),
                new Loan(2L, dune, "ada", due.plus(Duration.ofDays(1)))));

        assertEquals(new BigDecimal("1.50"), service.feesOf("ada", due.plus(Duration.ofDays(2))));
    }
}

package com.example.library.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.library.domain.Book;
import com.example.library.domain.Loan;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderMailerTest {

    @Test
    void quotesTheBookAndTheFee() {
        List<String> sent = new ArrayList<>();
        ReminderMailer mailer = new ReminderMailer((recipient, text) -> sent.add(recipient + ": " + text));

        mailer.remind(new Loan(1L, new Book(7L, "Dune", "Frank Herbert"), "ada", Instant.EPOCH), new BigDecimal("1.50"));

        assertEquals(List.of("ada: Please return Dune (fee so far: 1.50)"), sent);
    }
}

package com.example.library.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.sql.Timestamp; // expect: architecture/forbidden-dependency
import java.time.Duration;
import java.time.Instant;

/** A book lent to a member until a due date. */
@Entity
public class Loan { // expect: testing/untested-class

    @Id
    private Long id;
    @ManyToOne
    private Book book;
    private String member;
    private Timestamp dueAt;

    protected Loan() {
    }

    public Loan(Long id, Book book, String member, Instant dueAt) {
        this.id = id;
        this.book = book;
        this.member = member;
        this.dueAt = Timestamp.from(dueAt);
    }

    public Book getBook() {
        return book;
    }

    public String getMember() {
        return member;
    }

    public Duration overdueBy(Instant now) {
        Duration overdue = Duration.between(dueAt.toInstant(), now);
        return overdue.isNegative() ? Duration.ZERO : overdue;
    }
}

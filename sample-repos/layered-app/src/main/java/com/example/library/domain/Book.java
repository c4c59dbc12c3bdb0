package com.example.library.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A book in the catalogue. */
@Entity
public class Book {

    @Id
    private Long id;
    private String title;
    private String author;

    protected Book() {
    }

    public Book(Long id, String title, String author) {
        this.id = id;
        this.title = title;
        this.author = author;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getAuthor() {
        return author;
    }
}

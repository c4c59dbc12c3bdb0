package com.example.library.web;

import com.example.library.domain.Book;
import com.example.library.repository.BookRepository; // expect: architecture/inferred-layer-violation
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class BookController { // expect: testing/untested-class

    private final BookRepository books;

    public BookController(BookRepository books) {
        this.books = books;
    }

    @GetMapping("/books")
    public List<Book> byAuthor(@RequestParam String author) {
        return books.findByAuthor(author);
    }
}

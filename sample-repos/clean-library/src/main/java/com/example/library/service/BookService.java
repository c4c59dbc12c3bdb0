package com.example.library.service;

import com.example.library.domain.Book;
import com.example.library.repository.BookRepository;
import java.util.List;
import org.springframework.stereotype.Service;

/** Finds books for the web layer. */
@Service
public class BookService {

    private final BookRepository books;

    public BookService(BookRepository books) {
        this.books = books;
    }

    /** Books written by {@code author}. */
    public List<Book> byAuthor(String author) {
        return books.findByAuthor(author);
    }
}

package com.example.library.repository;

import com.example.library.domain.Book;
import java.util.List;
import org.springframework.data.repository.CrudRepository;

/** The books of the library, stored by Spring Data. */
public interface BookRepository extends CrudRepository<Book, Long> {

    /** Books written by {@code author} (exact name), empty when there are none. */
    List<Book> findByAuthor(String author);
}

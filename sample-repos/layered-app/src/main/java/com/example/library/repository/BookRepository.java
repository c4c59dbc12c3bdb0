package com.example.library.repository;

import com.example.library.domain.Book;
import java.util.List;
import org.springframework.data.repository.CrudRepository;

public interface BookRepository extends CrudRepository<Book, Long> { // expect: context/undocumented-public-api

    List<Book> findByAuthor(String author);
}

package com.example.library.repository;

import com.example.library.domain.Loan;
import java.util.List;
import org.springframework.data.repository.CrudRepository;

public interface LoanRepository extends CrudRepository<Loan, Long> { // expect: context/undocumented-public-api

    List<Loan> findByMember(String member);
}

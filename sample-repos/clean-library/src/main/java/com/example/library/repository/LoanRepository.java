package com.example.library.repository;

import com.example.library.domain.Loan;
import java.util.List;
import org.springframework.data.repository.CrudRepository;

/** The loans of the library, stored by Spring Data. */
public interface LoanRepository extends CrudRepository<Loan, Long> {

    /** Loans of {@code member}, returned or not, empty when there are none. */
    List<Loan> findByMember(String member);
}

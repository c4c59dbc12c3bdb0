package com.example.library.web;

import com.example.library.service.LoanService;
import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class LoanController { // expect: testing/untested-class

    private final LoanService loans;

    public LoanController(LoanService loans) {
        this.loans = loans;
    }

    @GetMapping("/members/{member}/fees")
    public BigDecimal fees(@PathVariable String member) {
        return loans.feesOf(member, Instant.now());
    }
}

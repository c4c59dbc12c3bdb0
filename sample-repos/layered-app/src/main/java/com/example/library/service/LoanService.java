package com.example.library.service;

import com.example.library.domain.Loan;
import com.example.library.notification.ReminderMailer;
import com.example.library.repository.LoanRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class LoanService { // expect: testing/untested-class // expect: context/undocumented-public-api

    private final LoanRepository loans;
    private final LateFeePolicy fees;
    private final ReminderMailer reminders;

    public LoanService(LoanRepository loans, LateFeePolicy fees, ReminderMailer reminders) {
        this.loans = loans;
        this.fees = fees;
        this.reminders = reminders;
    }

    public List<Loan> loansOf(String member) {
        return loans.findByMember(member);
    }

    public BigDecimal feesOf(String member, Instant now) {
        return loansOf(member).stream()
                .map(loan -> fees.feeFor(loan.overdueBy(now)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public void remindOverdue(String member, Instant now) {
        loansOf(member).stream()
                .filter(loan -> !loan.overdueBy(now).isZero())
                .forEach(reminders::remind);
    }
}

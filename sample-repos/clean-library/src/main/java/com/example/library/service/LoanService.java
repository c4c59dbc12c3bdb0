package com.example.library.service;

import com.example.library.domain.Loan;
import com.example.library.notification.ReminderMailer;
import com.example.library.repository.LoanRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/** Lending: a member's loans, their late fees and overdue reminders. */
@Service
public class LoanService {

    private final LoanRepository loans;
    private final LateFeePolicy fees;
    private final ReminderMailer reminders;

    public LoanService(LoanRepository loans, LateFeePolicy fees, ReminderMailer reminders) {
        this.loans = loans;
        this.fees = fees;
        this.reminders = reminders;
    }

    /** Every loan of {@code member}. */
    public List<Loan> loansOf(String member) {
        return loans.findByMember(member);
    }

    /** The late fees {@code member} owes at {@code now}, summed over their loans. */
    public BigDecimal feesOf(String member, Instant now) {
        return loansOf(member).stream()
                .map(loan -> fees.feeFor(loan.overdueBy(now)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Sends {@code member} a reminder for each loan overdue at {@code now}. */
    public void remindOverdue(String member, Instant now) {
        loansOf(member).stream()
                .filter(loan -> !loan.overdueBy(now).isZero())
                .forEach(loan -> reminders.remind(loan, fees.feeFor(loan.overdueBy(now))));
    }
}

package com.example.library.notification;

import com.example.library.domain.Loan;
import com.example.library.service.LoanService; // expect: architecture/package-cycle
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Sends overdue reminders; asks the loan service for the fee to quote. */
@Component
public class ReminderMailer { // expect: testing/untested-class

    private final MailGateway gateway;
    private LoanService loanService;

    public ReminderMailer(MailGateway gateway) {
        this.gateway = gateway;
    }

    public void setLoanService(LoanService loanService) {
        this.loanService = loanService;
    }

    public void remind(Loan loan) {
        String fee = loanService.feesOf(loan.getMember(), Instant.now()).toPlainString();
        gateway.send(loan.getMember(), "Please return " + loan.getBook().getTitle() + " (fee so far: " + fee + ")");
    }
}

package com.example.library.notification;

import com.example.library.domain.Loan;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/** Sends overdue reminders quoting the fee the caller computed. */
@Component
public class ReminderMailer {

    private final MailGateway gateway;

    public ReminderMailer(MailGateway gateway) {
        this.gateway = gateway;
    }

    public void remind(Loan loan, BigDecimal fee) {
        gateway.send(loan.getMember(), "Please return " + loan.getBook().getTitle() + " (fee so far: "
                + fee.toPlainString() + ")");
    }
}

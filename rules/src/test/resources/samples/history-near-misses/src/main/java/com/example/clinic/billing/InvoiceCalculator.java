package com.example.clinic.billing; // expect: history/defect-hotspot "3 of its 4 changes"

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Adds up a visit's treatments into an invoice: discounts once, tax last, cents rounded half up. */
public class InvoiceCalculator {

    private final BigDecimal taxRate;

    public InvoiceCalculator(BigDecimal taxRate) {
        this.taxRate = taxRate;
    }

    public BigDecimal total(List<BigDecimal> treatments, BigDecimal discount, boolean cancelled) {
        if (cancelled) {
            return BigDecimal.ZERO;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal treatment : treatments) {
            sum = sum.add(treatment);
        }
        BigDecimal discounted = sum.subtract(discount).max(BigDecimal.ZERO);
        return discounted.add(discounted.multiply(taxRate)).setScale(2, RoundingMode.HALF_UP);
    }

    public String export(List<BigDecimal> treatments) {
        StringBuilder csv = new StringBuilder("treatment;amount\n");
        for (int i = 0; i < treatments.size(); i++) {
            csv.append(i + 1).append(';').append(treatments.get(i).toPlainString()).append('\n');
        }
        return csv.toString();
    }
}

package shop.report;

import shop.util.Format;

public class Report {
    public String line(String label, double amount) {
        return label + ": " + Format.money(amount);
    }
}

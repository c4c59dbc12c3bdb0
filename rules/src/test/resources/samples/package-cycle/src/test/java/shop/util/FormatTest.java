package shop.util;

import shop.report.Report;

class FormatTest {
    void formatsLikeTheReport() {
        new Report().line("total", 1.5);
        Format.money(1.5);
    }
}

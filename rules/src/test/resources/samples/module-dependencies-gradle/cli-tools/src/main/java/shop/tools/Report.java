package shop.tools;

import shop.lib.Money;
import shop.service.Billing; // expect: architecture/undeclared-module-dependency

public final class Report {
    public Money sample() {
        return new Billing().bill(2);
    }
}

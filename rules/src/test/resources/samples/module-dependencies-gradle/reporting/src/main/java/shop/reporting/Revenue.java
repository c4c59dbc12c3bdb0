package shop.reporting;

import shop.lib.Money;
// the convention plugin declares service for every project applying it
import shop.service.Billing;

public final class Revenue {
    public Money today() {
        return new Billing().bill(1);
    }
}

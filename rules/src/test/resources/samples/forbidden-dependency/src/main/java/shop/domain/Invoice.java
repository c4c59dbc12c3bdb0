package shop.domain;

public class Invoice {

    public Object view() {
        return new shop.web.ReportController(null); // expect: architecture/forbidden-dependency
    }

    public void notifyPaid() {
        shop.webhooks.Events.paid(this);
    }
}

package shop.webhooks;

public final class Events {
    private Events() {
    }

    public static void paid(Object invoice) {
        System.out.println(invoice);
    }
}

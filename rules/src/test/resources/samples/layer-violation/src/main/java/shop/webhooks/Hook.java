package shop.webhooks;

public final class Hook {
    private Hook() {
    }

    public static void fire(String event) {
        System.out.println(event);
    }
}

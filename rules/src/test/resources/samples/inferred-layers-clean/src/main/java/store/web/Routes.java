package store.web;

import store.order.OrderController;

/** Web code may use the web, service and domain layers. */
public final class Routes {

    private Routes() {
    }

    public static String of(OrderController controller, store.order.Order order) {
        return controller.getClass().getSimpleName() + "/" + order.id();
    }
}

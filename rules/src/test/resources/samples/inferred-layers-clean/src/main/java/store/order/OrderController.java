package store.order;

/** Package by feature: the type names say the layers. */
public class OrderController {

    private final OrderService service;

    public OrderController(OrderService service) {
        this.service = service;
    }

    public Order show(long id) {
        return service.find(id);
    }
}

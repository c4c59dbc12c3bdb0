package shop.web;

import shop.repository.OrderRepository;
import shop.service.OrderService;

public class OrderController {
    private final OrderService service = new OrderService();

    public String title() {
        return "orders";
    }

    public int count(OrderRepository repository) {
        return service.count(repository);
    }
}

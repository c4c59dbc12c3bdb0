package shop.repository;

import java.util.ArrayList;
import java.util.List;
import shop.domain.Order;
import shop.util.Strings;
import shop.webhooks.Hook;

public class OrderRepository {
    private final List<Order> orders = new ArrayList<>();

    public void save(Order order) {
        orders.add(order);
        Hook.fire(Strings.trimmed(order.id()));
    }

    public int size() {
        return orders.size();
    }

    public Order first() {
        return orders.get(0);
    }

    public String heading() {
        return new shop.web.OrderController().title(); // expect: architecture/layer-violation
    }
}

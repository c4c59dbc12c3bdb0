package shop.customer;

import java.util.ArrayList;
import java.util.List;
// expect: architecture/package-cycle "Package cycle between 2 packages: shop.customer, shop.order. Fewest dependencies to cut: shop.customer -> shop.order (2 references)."
import shop.order.Order;

public class Customer {
    private final String name;
    private final List<Order> orders = new ArrayList<>();

    public Customer(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public void place(Order order) {
        orders.add(order);
    }
}

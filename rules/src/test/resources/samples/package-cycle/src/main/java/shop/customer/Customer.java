package shop.customer;

import java.util.ArrayList;
import java.util.List;
import shop.order.Order; // expect: architecture/package-cycle

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

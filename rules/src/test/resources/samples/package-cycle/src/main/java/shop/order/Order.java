package shop.order;

import java.util.List;
import shop.customer.Customer;

public class Order {
    private final Customer customer;
    private final List<OrderLine> lines;

    public Order(Customer customer, List<OrderLine> lines) {
        this.customer = customer;
        this.lines = lines;
    }

    public Customer customer() {
        return customer;
    }

    public List<OrderLine> lines() {
        return lines;
    }
}

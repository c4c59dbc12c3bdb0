package shop.service;

import shop.api.OrderLookup;
import shop.repository.OrderRepository;

/** Near miss: the service layer implements the public API it depends on; an api package is no web layer. */
public class DefaultOrderLookup implements OrderLookup {
    private final OrderRepository orders;

    public DefaultOrderLookup(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public String find(long id) {
        return String.valueOf(orders.findById(id).isPresent());
    }
}

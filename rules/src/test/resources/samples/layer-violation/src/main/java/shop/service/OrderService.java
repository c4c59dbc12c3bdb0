package shop.service;

import shop.domain.Order;
import shop.repository.OrderRepository;

public class OrderService {

    public int count(OrderRepository repository) {
        return repository.size();
    }

    public Order first(OrderRepository repository) {
        return repository.first();
    }
}

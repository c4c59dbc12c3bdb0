package shop.service;

import org.springframework.stereotype.Service;
import shop.domain.Order;
import shop.repository.OrderRepository;

@Service
public class OrderService {

    private final OrderRepository repository;

    public OrderService(OrderRepository repository) {
        this.repository = repository;
    }

    public Order create(long id) {
        return repository.save(new Order(id));
    }
}

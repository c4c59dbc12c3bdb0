package shop.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import shop.domain.Order;
// expect: architecture/inferred-layer-violation "OrderController (web: @RestController) uses OrderRepository (persistence: extends JpaRepository) directly, skipping the service layer"
import shop.repository.OrderRepository;
import shop.service.OrderService;
import shop.support.AuditTrail;

@RestController
public class OrderController {

    private final OrderService orders;
    private final OrderRepository repository;
    private final AuditTrail audit;

    public OrderController(OrderService orders, OrderRepository repository, AuditTrail audit) {
        this.orders = orders;
        this.repository = repository;
        this.audit = audit;
    }

    @GetMapping("/orders/{id}")
    public Order find(long id) {
        audit.record("find " + id);
        return repository.findById(id).orElseGet(() -> orders.create(id));
    }
}

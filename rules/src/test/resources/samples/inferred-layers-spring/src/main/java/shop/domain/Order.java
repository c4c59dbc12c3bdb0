package shop.domain;

import javax.persistence.Entity;
import javax.persistence.Id;

@Entity
public class Order {

    @Id
    private long id;

    protected Order() {
    }

    public Order(long id) {
        this.id = id;
    }

    public Order copy(shop.service.OrderService service) { // expect: architecture/inferred-layer-violation
        return service.create(id);
    }
}

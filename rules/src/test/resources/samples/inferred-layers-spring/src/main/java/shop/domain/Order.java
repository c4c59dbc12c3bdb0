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

    // expect: architecture/inferred-layer-violation "Order (domain: @Entity) uses OrderService (service: @Service): the domain layer depends on the service layer above it"
    public Order copy(shop.service.OrderService service) {
        return service.create(id);
    }
}

package shop.domain;

public class Order {
    private final String id;
    private final Money total = new Money(0);

    public Order(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public long cents() {
        return total.cents();
    }

    public int siblings(shop.repository.OrderRepository repository) {
        return new shop.service.OrderService().count(repository); // expect: architecture/layer-violation
    }
}

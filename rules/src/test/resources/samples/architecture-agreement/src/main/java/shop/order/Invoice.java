package shop.order;

public class Invoice {

    public String addressee() {
        return new shop.customer.Customer().name();
    }

    public int stored() {
        return new shop.repository.OrderRepository().size();
    }
}

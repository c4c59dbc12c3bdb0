package shop.order;

public class Order {

    public String owner() {
        return new shop.customer.Customer().name();
    }
}

package shop.customer;

public class Customer {

    public String name() {
        return "customer";
    }

    public int orderCount() {
        return new shop.order.Order().owner().length(); // expect: architecture/package-cycle
    }
}

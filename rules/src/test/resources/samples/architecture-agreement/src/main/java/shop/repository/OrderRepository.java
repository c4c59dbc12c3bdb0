package shop.repository;

public class OrderRepository {

    public int size() {
        return 0;
    }

    public String heading() {
        return new shop.web.OrderController().title(); // expect: architecture/layer-violation
    }
}

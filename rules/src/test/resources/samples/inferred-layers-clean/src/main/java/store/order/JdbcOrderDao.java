package store.order;

public class JdbcOrderDao implements OrderRepository {

    @Override
    public Order load(long id) {
        return new Order(id);
    }
}

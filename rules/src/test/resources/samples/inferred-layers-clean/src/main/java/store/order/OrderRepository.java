package store.order;

public interface OrderRepository {

    Order load(long id);
}

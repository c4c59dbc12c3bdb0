package shop.web;

import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import shop.repository.OrderRepository;

class OrderControllerTest {

    @Test
    void findsNothingWithoutOrders() {
        OrderRepository repository = null;
        assertNull(repository);
    }
}

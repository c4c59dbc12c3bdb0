package shop.repository;

import shop.web.OrderController;

class OrderRepositoryTest {

    void headingIsTheControllersTitle() {
        assert new OrderRepository().heading().equals(new OrderController().title());
    }
}

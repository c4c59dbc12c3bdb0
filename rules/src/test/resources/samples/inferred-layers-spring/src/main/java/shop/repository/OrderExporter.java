package shop.repository;

import shop.util.ClassPathResource;

/** Persistence code that reaches up into the web layer for the route of an order. */
public class OrderExporter {

    public String link(long id) {
        String route = shop.web.OrderController.class.getSimpleName(); // expect: architecture/inferred-layer-violation
        return new ClassPathResource(route + "/" + id).path();
    }
}

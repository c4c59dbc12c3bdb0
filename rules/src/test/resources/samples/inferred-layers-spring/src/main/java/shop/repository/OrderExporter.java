package shop.repository;

import shop.util.ClassPathResource;

/** Persistence code that reaches up into the web layer for the route of an order. */
public class OrderExporter {

    public String link(long id) {
        // expect: architecture/inferred-layer-violation "OrderExporter (persistence: package shop.repository) uses OrderController (web: @RestController): the persistence layer depends on the web layer above it"
        String route = shop.web.OrderController.class.getSimpleName();
        return new ClassPathResource(route + "/" + id).path();
    }
}

package shop.catalog;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import shop.repository.OrderRepository; // expect: architecture/inferred-layer-violation

@Path("/catalog")
public class CatalogResource {

    private final OrderRepository repository;

    public CatalogResource(OrderRepository repository) {
        this.repository = repository;
    }

    @GET
    public long count() {
        return repository.count();
    }
}

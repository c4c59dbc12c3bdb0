package shop.catalog;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
// expect: architecture/inferred-layer-violation "CatalogResource (web: @Path) uses OrderRepository (persistence: extends JpaRepository) directly, skipping the service layer"
import shop.repository.OrderRepository;

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

package shop.repository;

import shop.util.ClassPathResource;

/**
 * Placed in persistence by its package alone, so it is not judged: package names misplace too many framework
 * types (a Spring ORM "support" package holding web integration on purpose) to call this an inversion.
 */
public class OrderExporter {

    public String link(long id) {
        String route = shop.web.OrderController.class.getSimpleName();
        return new ClassPathResource(route + "/" + id).path();
    }
}

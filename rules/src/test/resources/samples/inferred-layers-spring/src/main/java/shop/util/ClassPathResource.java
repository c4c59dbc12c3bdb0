package shop.util;

/** Named like a JAX-RS resource, but in a package of one kind of type: the suffix alone places it nowhere. */
public final class ClassPathResource {

    private final String path;

    public ClassPathResource(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}

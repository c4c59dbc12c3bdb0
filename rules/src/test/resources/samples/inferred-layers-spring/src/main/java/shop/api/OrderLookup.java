package shop.api;

/** The shop's public API: implementations depend on it, and an 'api' package is no web layer. */
public interface OrderLookup {
    String find(long id);
}

package shop.support;

/** Annotated with the shop's own @Repository, which places it in no layer. */
@Repository
public class AuditTrail {

    public void record(String event) {
    }
}

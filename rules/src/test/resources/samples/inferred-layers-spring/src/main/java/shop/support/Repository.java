package shop.support;

/** The shop's own marker, not Spring's @Repository. */
public @interface Repository {
}

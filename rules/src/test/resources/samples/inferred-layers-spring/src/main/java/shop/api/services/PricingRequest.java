package shop.api.services;

/** A request type of the public service API; "services" in its package places it in the service layer. */
public interface PricingRequest {

    long basketId();
}

package shop.impl.model;

import shop.api.services.PricingRequest;

/**
 * Placed in the domain layer by its "model" package and using the service API by package too: an implementation
 * module depending on its API, the intended direction. Neither end declares a layer, so nothing is reported.
 */
public class DefaultPriceModel {

    public long priceOf(PricingRequest request) {
        return request.basketId() * 100;
    }
}

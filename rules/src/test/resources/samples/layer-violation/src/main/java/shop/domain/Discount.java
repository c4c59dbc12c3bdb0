package shop.domain;

import shop.config.Settings; // expect: architecture/layer-violation

public class Discount {

    public String rate(Settings settings) {
        return settings.value("discount");
    }
}

package shop.repository;

public class ConfigReader {

    public String url() {
        return new shop.config.Settings().value("url"); // expect: architecture/layer-violation
    }
}

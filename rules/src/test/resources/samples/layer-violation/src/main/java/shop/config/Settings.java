package shop.config;

public class Settings {

    public String value(String key) {
        return key;
    }
}

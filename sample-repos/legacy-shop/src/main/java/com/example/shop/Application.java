package com.example.shop;

import com.example.shop.util.ConfigLoader;
import java.util.Properties;

/**
 * Starts the shop outside the servlet container, for the back office: prints the configuration it found
 * so that operators can check it.
 */
public class Application {

    public static void main(String[] args) {
        Properties config = ConfigLoader.load("/shop.properties");
        System.out.println("Legacy Shop back office");
        System.out.println("Database: " + config.getProperty("db.url", "(not configured)"));
        if (args.length > 0) {
            System.out.println("Report month: " + args[0]);
        }
    }
}

package com.invoice24;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class Invoice24Application {

    public static void main(String[] args) {
        SpringApplication.run(Invoice24Application.class, args);
    }
}

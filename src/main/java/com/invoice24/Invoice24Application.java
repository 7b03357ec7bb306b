package com.invoice24;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Invoice24. Asynchronous execution is on so that modules' {@code @ApplicationModuleListener}s run
 * after the publishing transaction commits, on a thread of their own, recorded in the event
 * publication registry until they complete.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
public class Invoice24Application {

    public static void main(String[] args) {
        SpringApplication.run(Invoice24Application.class, args);
    }
}

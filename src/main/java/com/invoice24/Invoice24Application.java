package com.invoice24;

import com.invoice24.shared.EarlyDatabaseStart;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Invoice24. Asynchronous execution is on so that modules' {@code @ApplicationModuleListener}s run
 * after the publishing transaction commits, on a thread of their own, recorded in the event
 * publication registry until they complete. The embedded PostgreSQL, when there is one, starts while the context
 * is being built ({@link EarlyDatabaseStart}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
public class Invoice24Application {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(Invoice24Application.class);
        application.addListeners(new EarlyDatabaseStart());
        application.run(args);
    }
}

package emptyapp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The start-up baseline for {@code com.invoice24.bench.StartUpBench}: a Spring Boot app with every starter the app has (they come with
 * its classes jar, as do its {@code application.properties} and migrations) and none of its own beans. Started on a
 * PostgreSQL server rather than the embedded one; its one bean lets the health check through security, as the
 * app's configuration does. Its package is outside {@code com.invoice24}, so that the app started inside a
 * benchmark ({@code JobBench}) does not scan this class, nor this class the benchmarks.
 */
@SpringBootApplication
public class EmptyApp {

    public static void main(String[] args) {
        SpringApplication.run(EmptyApp.class, args);
    }

    @Bean
    SecurityFilterChain healthOnly(HttpSecurity http) {
        return http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .build();
    }
}

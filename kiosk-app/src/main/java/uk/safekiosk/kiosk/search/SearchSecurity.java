package uk.safekiosk.kiosk.search;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The stored pictures ({@code /search-files/**}) are for anyone logged on. The kiosk's own security denies every path
 * it does not know, so this chain, tried first, lets logged-on users (and only them) fetch the pictures.
 */
@Configuration
class SearchSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain searchPictures(HttpSecurity http) throws Exception {
        return http.securityMatcher("/" + PageSanitiser.FILES + "/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .build();
    }
}

package dev.chainrule.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration
class AccountConfiguration {
    /**
     * Spring Security's delegating encoder: bcrypt today, and hashes say which algorithm made them
     * ({@code {bcrypt}…}), so a stronger one can come later without resetting anyone's password.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}

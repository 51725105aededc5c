package dev.chainrule.ui.account;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import dev.chainrule.account.AccountService;
import dev.chainrule.account.ServerSecrets;
import dev.chainrule.account.ThrottledLogIn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.authentication.RememberMeServices;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Who may open what. Vaadin's own integration: each page says who may see it ({@code @AnonymousAllowed}
 * on the seed page, log-in, sign-up and share pages; {@code @PermitAll} on everything else, which asks
 * to log in and comes back afterwards). What a person may do with a run or a dataset is decided in the
 * services, not here.
 */
@EnableWebSecurity
@Configuration
class SecurityConfiguration extends VaadinWebSecurity {
    private final ThrottledLogIn logIn;
    private final RememberMeServices rememberMe;

    SecurityConfiguration(ThrottledLogIn logIn, RememberMeServices rememberMe) {
        this.logIn = logIn;
        this.rememberMe = rememberMe;
    }

    @Bean
    static RememberMeServices rememberMeServices(ServerSecrets secrets, AccountService accounts) {
        return new RememberMe(secrets.get("remember-me"), accounts);
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        // The chart scripts (ours under /js, ECharts from its WebJar) are public: the seed and share pages,
        // open to anonymous visitors, draw with them.
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(pathMatchers("/actuator/health", "/actuator/health/**", "/favicon.ico", "/js/**",
                        "/webjars/**")).permitAll());
        http.authenticationProvider(logIn);
        super.configure(http);
        setLoginView(http, LoginView.class, "/");
        // A failed log-in keeps its reason in the session (a lock says how long), for the page to show.
        http.formLogin(form -> form.failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?error")));
        http.rememberMe(remember -> remember.rememberMeServices(rememberMe));
    }
}

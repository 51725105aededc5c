package dev.chainrule.ui.account;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import dev.chainrule.account.AccountService;
import dev.chainrule.account.ServerSecrets;
import dev.chainrule.account.ThrottledLogIn;
import org.springframework.boot.web.servlet.server.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.authentication.RememberMeServices;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.rememberme.AbstractRememberMeServices;
import org.springframework.security.web.header.HeaderWriterFilter;

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

    /** The remember-me cookie, like the session's, is not sent with requests that other sites start. */
    @Bean
    static CookieSameSiteSupplier rememberMeCookieSameSite() {
        return CookieSameSiteSupplier.ofLax().whenHasName(AbstractRememberMeServices.SPRING_SECURITY_REMEMBER_ME_COOKIE_KEY);
    }

    /**
     * Only this server may supply what a page runs, shows or talks to. Vaadin needs the three loosenings:
     * its bootstrap page has inline scripts, {@code executeJs} runs through {@code new Function} (eval),
     * and Lumo and the components inject style elements. {@code connect-src 'self'} covers the push
     * WebSocket too (CSP 3 lets {@code 'self'} match ws:/wss: on the same host and port; the browser test
     * shows it). {@code frame-ancestors 'none'} is the modern twin of X-Frame-Options: DENY.
     */
    private static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "frame-ancestors 'none'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'");

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        // The chart scripts (ours under /js, ECharts from its WebJar) are public: the seed and share pages,
        // open to anonymous visitors, draw with them.
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(pathMatchers("/actuator/health", "/actuator/health/**", "/favicon.ico", "/js/**",
                        "/webjars/**")).permitAll()
                .requestMatchers(new NoViewRequests()).permitAll());
        http.authenticationProvider(logIn);
        super.configure(http);
        setLoginView(http, LoginView.class, "/");
        // A failed log-in keeps its reason in the session (a lock says how long), for the page to show.
        http.formLogin(form -> form.failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?error")));
        http.rememberMe(remember -> remember.rememberMeServices(rememberMe));
        // Spring Security's defaults stay (nosniff, no caching of pages); framing is denied outright, as
        // nothing of ours is meant to be shown inside another site. Referrer-Policy is left to the share
        // pages, which set their own.
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny()));
        // After the header writer, so that even a "not found" carries the headers; before anything else.
        http.addFilterAfter(new HiddenEndpoints(), HeaderWriterFilter.class);
    }
}

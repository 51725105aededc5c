package dev.chainrule.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.account.AccountService;
import dev.chainrule.account.FormLogIn;
import dev.chainrule.account.People;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the server says over plain HTTP, redirects not followed: the security headers on pages and on
 * the health check, the cookies' flags, and that only {@code /actuator/health} of Actuator (and no H2
 * console) answers, to a stranger or to a person logged in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityHeadersTest {
    private static final String PERSON = "headers tester";
    private static final List<String> HIDDEN = List.of("/actuator", "/actuator/", "/actuator/env", "/actuator/beans",
            "/actuator/metrics", "/actuator/heapdump", "/actuator/info", "/actuator/health/db", "/actuator/loggers",
            "/actuator/threaddump", "/actuator/env/", "/h2-console", "/h2-console/", "/h2-console/login.do");

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/signup", "/actuator/health", "/lab"})
    void everyAnswerCarriesThePolicyNoSniffingAndNoFraming(String path) throws Exception {
        HttpResponse<String> response = get(stranger(), path);

        String policy = header(response, "Content-Security-Policy").orElseThrow(
                () -> new AssertionError("no Content-Security-Policy on " + path));
        assertThat(policy).contains("frame-ancestors 'none'", "default-src 'self'", "object-src 'none'",
                "connect-src 'self'", "form-action 'self'");
        assertThat(policy).as("no other origin is trusted").doesNotContainPattern("(?i)https?:|\\*");
        assertThat(header(response, "X-Content-Type-Options")).contains("nosniff");
        assertThat(header(response, "X-Frame-Options")).contains("DENY");
    }

    @Test
    void theSessionCookieIsHiddenFromScriptsAndStaysOnThisSite() throws Exception {
        HttpResponse<String> response = get(stranger(), "/");

        String session = setCookie(response, "JSESSIONID").orElseThrow(() -> new AssertionError("no session cookie on /"));
        assertThat(session).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void theHealthCheckSaysUpAndNothingMore() throws Exception {
        HttpResponse<String> response = get(stranger(), "/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void noOtherActuatorEndpointNorAnH2ConsoleAnswersAStranger() throws Exception {
        HttpClient stranger = stranger();
        for (String path : HIDDEN) {
            HttpResponse<String> response = get(stranger, path);
            // Not even sent to log in: there is nothing to log in for.
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).isEmpty();
            assertThat(header(response, "X-Content-Type-Options")).as(path).contains("nosniff");
        }
    }

    @Test
    void noOtherActuatorEndpointNorAnH2ConsoleExistsForAPersonLoggedIn() throws Exception {
        HttpClient person = loggedIn(false);
        assertThat(get(person, "/lab").statusCode()).as("the log-in worked: the Lab opens").isEqualTo(200);
        for (String path : HIDDEN) {
            HttpResponse<String> response = get(person, path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).isEmpty();
        }
    }

    @Test
    void theRememberMeCookieIsHiddenFromScriptsAndStaysOnThisSite() throws Exception {
        HttpClient client = stranger();
        get(client, "/login");
        HttpResponse<String> response = logIn(client, true);

        String remembered = setCookie(response, "remember-me").orElseThrow(
                () -> new AssertionError("no remember-me cookie after choosing it: " + response.headers().map()));
        assertThat(remembered).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void aLogInWithoutRememberMeSetsNoRememberMeCookie() throws Exception {
        HttpClient client = stranger();
        get(client, "/login");
        HttpResponse<String> response = logIn(client, false);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(header(response, "Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        assertThat(setCookie(response, "remember-me")).isEmpty();
    }

    /** Logs in the way the log-in page's form does: a plain form post (Vaadin exempts it from CSRF tokens). */
    private HttpClient loggedIn(boolean remember) throws Exception {
        HttpClient client = stranger();
        get(client, "/login");
        HttpResponse<String> response = logIn(client, remember);
        assertThat(header(response, "Location")).as("log-in answer").hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        return client;
    }

    private HttpResponse<String> logIn(HttpClient client, boolean remember) throws Exception {
        People.person(accounts, PERSON);
        return FormLogIn.post(client, port, PERSON, remember);
    }

    private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A client of its own, keeping its cookies (the session) like a browser, redirects not followed. */
    private static HttpClient stranger() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager()).build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static Optional<String> header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name);
    }

    private static Optional<String> setCookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst();
    }
}

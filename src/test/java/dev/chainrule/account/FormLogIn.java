package dev.chainrule.account;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The log-in page's form post, sent by a test over HTTP as the page sends it (a plain form post: Vaadin exempts it from
 * CSRF tokens), with {@link People#PASSWORD}. The account must exist ({@link People#person}).
 */
public final class FormLogIn {
    private FormLogIn() {
    }

    /** The server's answer: a redirect, to {@code /login?error} when refused, with the new session's cookie. */
    public static HttpResponse<String> post(HttpClient client, int port, String name, boolean rememberMe)
            throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(People.PASSWORD, StandardCharsets.UTF_8) + (rememberMe ? "&remember-me=on" : "");
        HttpRequest post = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return client.send(post, HttpResponse.BodyHandlers.ofString());
    }
}

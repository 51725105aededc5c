package dev.chainrule.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Over HTTP, as a link checker or a logged-out visitor meets them: an address that leads nowhere answers 404 with the
 * app's not-found page inside its menu (not a redirect to log in), and the favicon is there for everyone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NotFoundHttpTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void anAddressThatLeadsNowhereIsA404WithTheMenuForALoggedOutVisitor() throws Exception {
        HttpResponse<String> page = get("/nope/deeper?x=%3Cb%3E");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).as("the not-found view and the menu, in the page itself")
                .contains("Nothing is at this address").contains("Train the seed example").contains("Datasets");
    }

    @Test
    void aPageThatExistsStillAsksALoggedOutVisitorToLogIn() throws Exception {
        HttpResponse<String> runs = get("/runs");

        assertThat(runs.statusCode()).isEqualTo(302);
        assertThat(runs.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void theFaviconIsServedToEveryoneAndLinkedFromThePages() throws Exception {
        HttpResponse<String> icon = get("/favicon.ico");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/x-icon");

        assertThat(get("/").body()).contains("<link href=\"favicon.ico\" rel=\"icon\" sizes=\"16x16 32x32 48x48\">");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

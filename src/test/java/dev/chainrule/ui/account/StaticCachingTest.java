package dev.chainrule.ui.account;

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
 * The chart library is revalidated, not downloaded again with every page (1 MB a chart page); pages, which
 * carry people's data, are still never stored by the browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StaticCachingTest {
    private static final String ECHARTS = "/webjars/echarts/dist/echarts.min.js";
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void theChartLibraryIsRevalidatedAndPagesAreNotStored() throws Exception {
        HttpResponse<Void> library = get(ECHARTS, null);
        assertThat(library.statusCode()).isEqualTo(200);
        assertThat(library.headers().firstValue("Cache-Control").orElse("")).as("kept, and asked about before use")
                .contains("no-cache").doesNotContain("no-store");
        String lastModified = library.headers().firstValue("Last-Modified").orElseThrow();

        assertThat(get(ECHARTS, lastModified).statusCode()).as("unchanged: not sent again").isEqualTo(304);
        assertThat(get("/login", null).headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    }

    private HttpResponse<Void> get(String path, String ifModifiedSince) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (ifModifiedSince != null) {
            request.header("If-Modified-Since", ifModifiedSince);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding());
    }
}

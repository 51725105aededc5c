package dev.chainrule.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.account.AccountService;
import dev.chainrule.account.FormLogIn;
import dev.chainrule.account.People;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.training.RunLauncher;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A run page's HTTP status, as a link checker or a bookmark meets it: 200 for one's own run, 404 for a run number that
 * is not there, for a path that is not a number, and for someone else's run (the same answer: not found).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RunPageStatusTest {
    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    RunLauncher launcher;

    @Test
    void onlyARunThePersonMayReadAnswers200() throws Exception {
        long own = launcher.launch("status check", "builtin:xor", DataOptions.defaults(), List.of(new DenseSpec(2, Activation.TANH),
                new DenseSpec(1, Activation.SIGMOID)), new TrainingConfig(LossKind.BCE, SgdSpec.plain(0.5), 4, 5, false, 1),
                Init.XAVIER, People.person(accounts, "page owner"), null);
        HttpClient owner = loggedIn("page owner");
        HttpClient other = loggedIn("someone else");

        assertThat(get(owner, "/runs/" + own).statusCode()).isEqualTo(200);
        assertThat(get(owner, "/runs/999999").statusCode()).isEqualTo(404);
        assertThat(get(owner, "/runs/abc").statusCode()).isEqualTo(404);
        assertThat(get(other, "/runs/" + own).statusCode()).isEqualTo(404);
        assertThat(get(owner, "/runs").statusCode()).as("the list").isEqualTo(200);
    }

    /** A client of its own, logged in by the log-in form's post, that keeps the session cookie as a browser does. */
    private HttpClient loggedIn(String name) throws Exception {
        People.person(accounts, name);
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager())
                .build();
        HttpResponse<String> answer = FormLogIn.post(client, port, name, false);
        assertThat(answer.headers().firstValue("Location").orElse("")).as("logged in").doesNotContain("error");
        return client;
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

package dev.chainrule.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.account.Visitor;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.AdamSpec;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LayerSpec;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.OptimizerSpec;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.share.ComparisonShareService;
import dev.chainrule.training.RunLauncher;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Three runs compared in Chromium, as a teacher shows them: the loss chart draws three curves in three
 * colours; unticking a run in the legend hides it; smoothing changes the drawn curves; the address opens
 * the same comparison again; shared as a link, it opens without an account until withdrawn. The page is
 * saved as target/screenshots/compare-page.png (the README's picture, docs/screenshots/compare-page.png).
 */
class CompareBrowserTest extends BrowserTest {
    private static final String LOSS = "document.querySelector('.compare-loss chainrule-compare-chart')";

    @Autowired
    RunLauncher launcher;
    @Autowired
    ComparisonShareService comparisonShares;

    @Test
    void threeRunsOverlaidToggledSmoothedAndReloaded() throws Exception {
        Visitor me = tester();
        DenseSpec tanh = new DenseSpec(8, Activation.TANH);
        DenseSpec output = new DenseSpec(1, Activation.SIGMOID);
        long adam = train(me, "Adam, 2-8-8-1 tanh", List.of(tanh, tanh, output), AdamSpec.withDefaults(0.01));
        long relu = train(me, "Adam, layer 2 relu", List.of(tanh, new DenseSpec(8, Activation.RELU), output),
                AdamSpec.withDefaults(0.01));
        long sgd = train(me, "SGD 0.1, one hidden layer", List.of(tanh, output), SgdSpec.plain(0.1));
        String address = "http://localhost:" + port + "/compare?runs=" + adam + "," + relu + "," + sgd;

        driver.get(address);
        awaitLossSeries(3);
        assertThat((List<?>) loss("colors()")).hasSize(3).doesNotHaveDuplicates();
        assertThat(driver.findElements(By.cssSelector(".compare-settings .diff-changed"))).isNotEmpty();
        Browser.screenshot(driver, "compare-page.png");
        driver.executeScript("document.querySelector('.compare-outcomes').scrollIntoView()");
        Thread.sleep(500);
        Browser.screenshot(driver, "compare-page-tables.png");
        driver.executeScript("window.scrollTo(0, 0)");

        WebElement second = driver.findElements(By.cssSelector("chainrule-legend .legend-entry input")).get(1);
        dom.click(second);
        awaitLossSeries(2);
        assertThat(loss("drawnValues('" + relu + "')")).isNull();
        dom.click(second);
        awaitLossSeries(3);

        Object raw = loss("drawnValues('" + adam + "')");
        dom.choose(driver.findElement(By.xpath("//vaadin-select[label[normalize-space(.)='Smoothing']]")), "0.9");
        wait.withMessage("the smoothed curve drawn").until(d -> !raw.equals(loss("drawnValues('" + adam + "')")));

        driver.navigate().refresh();
        awaitLossSeries(3);
        assertThat(driver.findElement(By.tagName("h2")).getText()).isEqualTo("3 runs compared");
        assertThat(driver.findElements(By.cssSelector("chainrule-legend .legend-entry"))).extracting(WebElement::getText)
                .containsExactly("Adam, 2-8-8-1 tanh", "Adam, layer 2 relu", "SGD 0.1, one hidden layer");
        InjectionChecks.assertNoBrowserErrors(driver, "comparison page");

        // shared: anyone with the link sees exactly these runs, without an account, until it is withdrawn
        String token = comparisonShares.share(me, List.of(adam, relu, sgd));
        String link = "http://localhost:" + port + "/c/" + token;
        HttpResponse<String> page = get(link);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        driver.manage().deleteAllCookies();
        driver.get(link);
        awaitLossSeries(3);
        assertThat(driver.findElement(By.cssSelector(".shared-by")).getText()).startsWith("A comparison shared with you.");
        assertThat(driver.findElements(By.xpath("//vaadin-button[contains(., 'Share')]"))).isEmpty();
        comparisonShares.revoke(me, token);
        assertThat(get(link).statusCode()).isEqualTo(404);
        driver.get(link);
        wait.until(d -> !d.findElements(By.cssSelector(".not-found-message")).isEmpty());
    }

    @Test
    void titlesPeopleTypedStayTextInTheLegendAndTables() throws Exception {
        Visitor me = tester();
        InjectionChecks.trapDialogs(driver);
        DenseSpec tanh = new DenseSpec(4, Activation.TANH);
        DenseSpec output = new DenseSpec(1, Activation.SIGMOID);
        String hostile = HostileText.IMG + HostileText.SVG + HostileText.ENTITIES;
        long a = train(me, hostile, List.of(tanh, output), AdamSpec.withDefaults(0.01));
        long b = train(me, HostileText.DETAILS + HostileText.SERVER_TEMPLATES, List.of(tanh, output), SgdSpec.plain(0.1));

        driver.get("http://localhost:" + port + "/compare?runs=" + a + "," + b);
        awaitLossSeries(2);

        assertThat(driver.findElements(By.cssSelector("chainrule-legend .legend-entry"))).extracting(WebElement::getText)
                .containsExactly(hostile, HostileText.DETAILS + HostileText.SERVER_TEMPLATES);
        assertThat(driver.findElements(By.cssSelector(".compare-outcomes chainrule-table tbody th"))).extracting(WebElement::getText)
                .containsExactly(hostile, HostileText.DETAILS + HostileText.SERVER_TEMPLATES);
        assertThat(driver.findElements(By.cssSelector(".compare-settings chainrule-table thead th"))).extracting(WebElement::getText)
                .contains(hostile + " (reference)");
        InjectionChecks.assertNothingInjected(driver, "comparison page");
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private long train(Visitor me, String title, List<LayerSpec> layers, OptimizerSpec optimizer) throws InterruptedException {
        long id = launcher.launch(title, "builtin:circles", DataOptions.defaults().withValidation(0.25, 1), layers,
                new TrainingConfig(LossKind.BCE, optimizer, 16, 150, true, 7), Init.XAVIER, me, null);
        long deadline = System.currentTimeMillis() + 60_000;
        while (training.isLive(id) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        return id;
    }

    private Object loss(String call) {
        return driver.executeScript("return " + LOSS + "." + call);
    }

    private void awaitLossSeries(int count) {
        wait.withMessage(count + " runs drawn in the loss chart").until(d -> {
            Object n = driver.executeScript("const c = " + LOSS + "; return c && c.seriesCount ? c.seriesCount() : -1");
            return n instanceof Number number && number.intValue() == count;
        });
    }
}

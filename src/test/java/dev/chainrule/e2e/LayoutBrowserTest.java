package dev.chainrule.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.AdamSpec;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.training.TrainingService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page on a 1280×800 laptop and a 390×844 phone: nothing sticks out past the window's right edge,
 * the phone's menu opens from the drawer toggle, and the Lab shows Train, the network builder, the
 * decision boundary and the loss chart on its first screen. One browser for all of it; the Lab's
 * screenshots at both sizes land in target/screenshots (copied to docs/screenshots for the README).
 */
class LayoutBrowserTest extends BrowserTest {
    private record Screen(String name, int width, int height, boolean phone) {
    }

    private static final Screen LAPTOP = new Screen("1280", 1280, 800, false);
    private static final Screen PHONE = new Screen("phone", 390, 844, true);

    @Autowired
    RunLauncher launcher;
    @Autowired
    TrainingService training;

    @Test
    void everyPageFitsALaptopAndAPhoneAndTheLabFitsOneScreen() throws Exception {
        long run = tinyRun();
        SoftAssertions soft = new SoftAssertions(); // every page is looked at, and every problem reported at once
        List<String> pages = List.of("/", "/lab", "/datasets", "/runs", "/runs/" + run);
        for (Screen screen : List.of(LAPTOP, PHONE)) {
            use(screen);
            for (String page : pages) {
                open(page);
                Browser.screenshot(driver, "layout-" + screen.name() + page.replace('/', '-') + ".png");
                soft.assertThat(overflow()).as("%s at %s×%s", page, screen.width(), screen.height()).isEmpty();
            }
        }

        use(PHONE);
        open("/runs");
        assertThat(sideNavShown()).as("the menu before the toggle").isFalse();
        dom.click(driver.findElement(By.tagName("vaadin-drawer-toggle")));
        wait.withMessage("the menu opened by the drawer toggle").until(d -> sideNavShown());

        use(LAPTOP);
        open("/");
        assertOnFirstScreen(soft, LAPTOP, Map.of("the seed page's Train button", dom.button("Train")));
        open("/lab");
        assertOnFirstScreen(soft, LAPTOP, Map.of("the Train button", dom.button("Train"),
                "the network builder", driver.findElement(By.className("network-builder")),
                "the decision boundary", driver.findElement(By.tagName("chainrule-boundary")),
                "the loss chart", driver.findElement(By.cssSelector(".lab-run chainrule-chart"))));
        trainAndScreenshot(soft, LAPTOP);
        use(PHONE);
        open("/lab");
        trainAndScreenshot(soft, PHONE);
        soft.assertAll();
    }

    /** A few epochs on the circles, finished before the pages are opened. */
    private long tinyRun() throws InterruptedException {
        long id = launcher.launch("Circles for the layout", "builtin:circles", DataOptions.defaults().withValidation(0.25, 1),
                List.of(new DenseSpec(4, Activation.TANH), new DenseSpec(1, Activation.SIGMOID)),
                new TrainingConfig(LossKind.BCE, new AdamSpec(0.01, 0.9, 0.999, 1e-8), 16, 20, true, 7), Init.XAVIER,
                tester(), null);
        long deadline = System.currentTimeMillis() + 60_000;
        while (training.isLive(id) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        return id;
    }

    /** The window's inner size exactly, and a phone's touch viewport for the phone. */
    private void use(Screen screen) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", screen.width(),
                "height", screen.height(), "deviceScaleFactor", 1, "mobile", screen.phone()));
    }

    private void open(String page) {
        driver.get("http://localhost:" + port + page);
        wait.until(d -> !d.findElements(By.tagName("vaadin-app-layout")).isEmpty()
                && Boolean.TRUE.equals(driver.executeScript("return !!window.Vaadin && !document.querySelector('vaadin-connection-indicator[loading]')")));
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-app-layout > :not([slot])")).isEmpty());
        pause(700); // charts size themselves on the next frames
    }

    @SuppressWarnings("unchecked")
    private List<String> overflow() throws IOException {
        return (List<String>) driver.executeScript(script("overflow.js"));
    }

    private boolean sideNavShown() {
        return Boolean.TRUE.equals(driver.executeScript("const r = document.querySelector('vaadin-side-nav').getBoundingClientRect();"
                + " return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth;"));
    }

    private void assertOnFirstScreen(SoftAssertions soft, Screen screen, Map<String, WebElement> elements) {
        for (var element : elements.entrySet()) {
            String selector = element.getKey();
            @SuppressWarnings("unchecked")
            Map<String, Number> box = (Map<String, Number>) driver.executeScript("const r = arguments[0].getBoundingClientRect();"
                    + " return {left: r.left, top: r.top, right: r.right, bottom: r.bottom};", element.getValue());
            soft.assertThat(box.get("left").doubleValue()).as(selector + " left").isGreaterThanOrEqualTo(0);
            soft.assertThat(box.get("top").doubleValue()).as(selector + " top").isGreaterThanOrEqualTo(0);
            soft.assertThat(box.get("right").doubleValue()).as(selector + " right").isLessThanOrEqualTo(screen.width());
            soft.assertThat(box.get("bottom").doubleValue()).as(selector + " bottom").isLessThanOrEqualTo(screen.height());
        }
    }

    private void trainAndScreenshot(SoftAssertions soft, Screen screen) throws IOException {
        dom.click(dom.button("Train"));
        wait.withMessage("the run to finish").until(d -> String.valueOf(driver.findElement(By.className("run-status"))
                .getDomProperty("textContent")).startsWith("Completed"));
        if (screen.phone()) {
            driver.executeScript("document.querySelector('.lab').scrollTop = document.querySelector('chainrule-boundary')"
                    + ".getBoundingClientRect().top - document.querySelector('.lab-toolbar').getBoundingClientRect().bottom");
        } else {
            driver.executeScript("document.querySelector('.lab').scrollTop = 0");
        }
        pause(800);
        Browser.screenshot(driver, "lab-" + screen.name() + ".png");
        soft.assertThat(overflow()).as("the Lab after training at %s", screen.name()).isEmpty();
    }

    private static String script(String name) throws IOException {
        try (InputStream in = LayoutBrowserTest.class.getResourceAsStream("/e2e/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

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
 * decision boundary and the loss chart on its first screen; on the phone the builder's undo and redo and
 * the boundary's switches are within the screen's width. The presentation size grows the text and the
 * chart lines, stays across a reload and goes again. One browser and one test for all of it (a Spring
 * context and a browser are most of its time); the Lab's screenshots at both sizes, after 400 epochs on
 * the circles, land in target/screenshots (copied to docs/screenshots for the README).
 */
class LayoutBrowserTest extends BrowserTest {
    private record Screen(String name, int width, int height, boolean phone) {
    }

    private static final Screen LAPTOP = new Screen("1280", 1280, 800, false);
    private static final Screen PHONE = new Screen("phone", 390, 844, true);

    @Autowired
    RunLauncher launcher;

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
        presentationSizeGrowsTextAndLinesAndStays(soft, run);

        use(PHONE);
        open("/lab");
        trainAndScreenshot(soft, PHONE);
        List<WebElement> phoneControls = driver.findElements(By.cssSelector(".undo-controls vaadin-button, .lab-run vaadin-checkbox"));
        soft.assertThat(phoneControls).as("undo, redo and the boundary's three switches").hasSizeGreaterThanOrEqualTo(4);
        for (WebElement control : phoneControls) {
            assertWithinWidth(soft, PHONE, String.valueOf(control.getDomProperty("textContent")).strip()
                    + " " + control.getDomProperty("ariaLabel"), control);
        }
        soft.assertAll();
    }

    /**
     * The header's projector button on a run's page (its charts drawn from the stored history): the class on
     * the page's root, a larger root font, thicker chart lines (chainrule-chart.js reads the CSS property);
     * still so after a reload (localStorage), and all of it gone after a second click.
     */
    private void presentationSizeGrowsTextAndLinesAndStays(SoftAssertions soft, long run) {
        open("/runs/" + run);
        double normal = rootFontPx();
        soft.assertThat(presentation()).as("presentation before the first click").isFalse();
        wait.withMessage("the loss chart drawn at its usual line width").until(d -> Double.valueOf(2).equals(lineWidth()));

        dom.click(driver.findElement(By.className("presentation-toggle")));
        wait.withMessage("html.presentation after a click").until(d -> presentation());
        soft.assertThat(rootFontPx()).as("root font size in presentation").isGreaterThan(normal * 1.2);
        wait.withMessage("the loss chart's lines as thick as --chainrule-line-width").until(d -> Double.valueOf(4).equals(lineWidth()));

        open("/runs/" + run);
        soft.assertThat(presentation()).as("presentation after a reload").isTrue();
        soft.assertThat(driver.findElement(By.className("presentation-toggle")).getDomAttribute("aria-pressed"))
                .as("the toggle says it is on after a reload").isEqualTo("true");
        wait.withMessage("a new page's chart drawn thick at once").until(d -> Double.valueOf(4).equals(lineWidth()));

        dom.click(driver.findElement(By.className("presentation-toggle")));
        wait.withMessage("html.presentation gone after a second click").until(d -> !presentation());
        soft.assertThat(rootFontPx()).as("root font size back").isEqualTo(normal);
        wait.withMessage("the loss chart's lines thin again").until(d -> Double.valueOf(2).equals(lineWidth()));
    }

    private boolean presentation() {
        return Boolean.TRUE.equals(driver.executeScript("return document.documentElement.classList.contains('presentation')"));
    }

    private double rootFontPx() {
        return ((Number) driver.executeScript("return parseFloat(getComputedStyle(document.documentElement).fontSize)")).doubleValue();
    }

    /**
     * The width ECharts draws the first chart's first line with, null before it has one. The chart is scrolled into view
     * first, as a person looks at it: larger text can push it below the fold, and a chart out of view draws once seen.
     */
    private Double lineWidth() {
        Object width = driver.executeScript("const c = document.querySelector('chainrule-chart');"
                + " if (c) c.scrollIntoView({block: 'center'});"
                + " const o = c && c._chart && c._chart.getOption();"
                + " return o && o.series && o.series.length ? o.series[0].lineStyle.width : null;");
        return width == null ? null : ((Number) width).doubleValue();
    }

    /**
     * A few epochs on the circles, finished before the pages are opened. Runs other browser tests left training
     * for the same person are stopped first: the Lab lists them at the top of its left column (and follows the
     * newest), and this test measures the Lab as a person opens it with nothing training.
     */
    private long tinyRun() throws InterruptedException {
        training.activeRuns(tester()).forEach(active -> training.stop(tester(), active.id()));
        long stopping = System.currentTimeMillis() + 60_000;
        while (!training.activeRuns(tester()).isEmpty() && System.currentTimeMillis() < stopping) {
            Thread.sleep(50);
        }
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
        settle();
    }

    /** Charts size themselves on the next frames (a ResizeObserver, then one draw per frame): two frames and a little more. */
    private void settle() {
        driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 250)));");
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
            Map<String, Number> box = box(element.getValue());
            assertWithinWidth(soft, screen, selector, element.getValue());
            soft.assertThat(box.get("top").doubleValue()).as(selector + " top").isGreaterThanOrEqualTo(0);
            soft.assertThat(box.get("bottom").doubleValue()).as(selector + " bottom").isLessThanOrEqualTo(screen.height());
        }
    }

    /** Shown (not zero wide) and between the window's left and right edges. */
    private void assertWithinWidth(SoftAssertions soft, Screen screen, String name, WebElement element) {
        Map<String, Number> box = box(element);
        soft.assertThat(box.get("right").doubleValue() - box.get("left").doubleValue()).as(name + " width").isPositive();
        soft.assertThat(box.get("left").doubleValue()).as(name + " left").isGreaterThanOrEqualTo(0);
        soft.assertThat(box.get("right").doubleValue()).as(name + " right").isLessThanOrEqualTo(screen.width());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Number> box(WebElement element) {
        return (Map<String, Number>) driver.executeScript("const r = arguments[0].getBoundingClientRect();"
                + " return {left: r.left, top: r.top, right: r.right, bottom: r.bottom};", element);
    }

    /** 400 epochs on the circles at full speed: long enough for the boundary and the neurons to show what they learnt. */
    private void trainAndScreenshot(SoftAssertions soft, Screen screen) throws IOException {
        dom.choose(driver.findElement(By.xpath("//vaadin-select[label[normalize-space(.)='Dataset']]")), "Two circles");
        dom.choose(driver.findElement(By.xpath("//vaadin-select[label[normalize-space(.)='Speed']]")), "Full speed");
        dom.click(driver.findElement(By.id("lab-tab-training")));
        dom.type(driver.findElement(By.xpath("//vaadin-text-field[label[normalize-space(.)='Epochs']]")), "400");
        dom.click(driver.findElement(By.id("lab-tab-network")));
        dom.click(dom.button("Train"));
        wait.withMessage("the run to finish").until(d -> String.valueOf(driver.findElement(By.className("run-status"))
                .getDomProperty("textContent")).startsWith("Completed"));
        if (screen.phone()) {
            driver.executeScript("document.querySelector('.lab').scrollTop = document.querySelector('chainrule-boundary')"
                    + ".getBoundingClientRect().top - document.querySelector('.lab-toolbar').getBoundingClientRect().bottom");
        } else {
            driver.executeScript("document.querySelector('.lab').scrollTop = 0");
        }
        driver.executeScript("document.activeElement && document.activeElement.blur()"); // no focus ring in the picture
        settle();
        Browser.screenshot(driver, "lab-" + screen.name() + ".png");
        soft.assertThat(overflow()).as("the Lab after training at %s", screen.name()).isEmpty();
    }

    private static String script(String name) throws IOException {
        try (InputStream in = LayoutBrowserTest.class.getResourceAsStream("/e2e/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

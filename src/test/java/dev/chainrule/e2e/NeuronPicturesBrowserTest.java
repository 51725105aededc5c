package dev.chainrule.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;

/**
 * The Lab's pictures of a live run on two circles, in a real browser: a hidden neuron's picture
 * changes while the network learns; hovering a connection tells its weight and which neurons it joins;
 * the boundary's switches show the validation points and discretize the output without a new picture; the push frames leave the console quiet.
 */
class NeuronPicturesBrowserTest extends BrowserTest {
    @Test
    void aNeuronsPictureChangesWhileTrainingAndAConnectionTellsItsWeight() throws Exception {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        driver.get("http://localhost:" + port + "/lab");
        dom.choose(dom.await().until(d -> d.findElement(By.xpath("//vaadin-select[label[normalize-space(.)='Dataset']]"))),
                "Two circles");
        dom.click(driver.findElement(By.id("lab-tab-training"))); // the settings share the column with the builder
        dom.type(driver.findElement(By.xpath("//vaadin-text-field[label[normalize-space(.)='Epochs']]")), "100000");
        driver.manage().logs().get(LogType.BROWSER); // read (and so emptied): what loading the pages logged
        dom.click(dom.button("Train"));

        WebElement network = driver.findElement(By.tagName("chainrule-network"));
        dom.await().withMessage("a first picture of h1.1").until(d -> picture() != null);
        String first = picture();
        dom.await().withMessage("h1.1's picture changes as it learns").until(d -> {
            String now = picture();
            return now != null && !now.equals(first);
        });

        // Atmosphere writes nothing to the console per push frame (QuietPush): at ten frames a second its debug lines
        // cost the page about as much time as ECharts' busiest function
        assertThat(driver.manage().logs().get(LogType.BROWSER).getAll()).as("the console while training")
                .noneMatch(e -> e.getMessage().contains("vaadinPush"));
        // halfway along x1 → h1.1, the topmost connection: its tooltip says its weight, as the diagram holds it
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", network);
        Thread.sleep(300);
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) driver.executeScript("return arguments[0].connectionPoint(0, 0, 0)", network);
        new Actions(driver).moveToElement(network, at.get("x").intValue() - network.getSize().getWidth() / 2,
                at.get("y").intValue() - network.getSize().getHeight() / 2).perform();
        // read in the page: the tooltip is made anew with each picture of the network (about once a second)
        String tip = dom.await().withMessage("the connection's tooltip").until(d -> (String) driver.executeScript("""
                const tip = [...document.querySelectorAll('.chainrule-network-tip')].find(t => {
                  const box = getComputedStyle(t.parentNode);
                  return t.offsetParent !== null && box.visibility !== 'hidden' && box.opacity !== '0';
                });
                return tip ? tip.textContent : null;"""));
        assertThat(tip).matches("w = -?\\d+\\.\\d{4} \\(from x1 to h1\\.1\\)");

        // the switches beside the boundary: rings for the validation rows, and two hard classes
        dom.click(driver.findElement(By.xpath("//vaadin-checkbox[label[normalize-space(.)='Show validation points']]")));
        dom.await().until(d -> count("chainrule-boundary", "validationShown") > 0);
        dom.click(driver.findElement(By.xpath("//vaadin-checkbox[label[normalize-space(.)='Discretize output']]")));
        dom.await().until(d -> count("chainrule-boundary", "heatColours") == 2);

        Thread.sleep(1500); // one more picture of the neurons, for the screenshot
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve("lab-neuron-pictures.png"), network.getScreenshotAs(OutputType.BYTES));
        Files.write(dir.resolve("lab-neuron-pictures-page.png"), driver.getScreenshotAs(OutputType.BYTES));
        dom.click(dom.button("Stop"));
    }

    private String picture() {
        return (String) driver.executeScript("const e = document.querySelector('chainrule-network');"
                + " return e && e.neuronPicture ? e.neuronPicture(1, 0) : null;");
    }

    private long count(String tag, String method) {
        Object n = driver.executeScript("const e = document.querySelector(arguments[0]);"
                + " return e && e[arguments[1]] ? e[arguments[1]]() : 0;", tag, method);
        return ((Number) n).longValue();
    }
}

package dev.chainrule.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a page that shows hostile text must be, checked in the browser: no injected script ran, no
 * dialog opened, no element or handler was made from the text, and the text is there, literally.
 * Every search goes through shadow roots too, where Vaadin's components keep their parts.
 */
final class InjectionChecks {
    /**
     * Installed before any page script runs (a script injected while the page loads would run before a
     * test could look): each dialog is recorded in {@code window.__dialogs}, then opened as usual.
     */
    private static final String DIALOG_TRAP = """
            for (const kind of ['alert', 'confirm', 'prompt', 'print']) {
              const original = window[kind];
              window[kind] = function (...args) {
                (window.__dialogs = window.__dialogs || []).push(kind + ' ' + args[0]);
                return original.apply(this, args);
              };
            }
            """;

    /** Every element, shadow roots included, that was made from text or carries a handler or a script URL. */
    private static final String INJECTED = """
            const found = [];
            const look = root => {
              for (const el of root.querySelectorAll('*')) {
                const tag = el.localName;
                for (const name of el.getAttributeNames()) {
                  const value = el.getAttribute(name);
                  if (/^on/i.test(name) || name === 'srcdoc'
                      || (/^(href|src|action|formaction)$/.test(name) && /^\\s*javascript:/i.test(value))) {
                    found.push('<' + tag + ' ' + name + '="' + value + '">');
                  }
                }
                if (tag === 'iframe' || tag === 'details' || (tag === 'img' && el.getAttribute('src') === 'x')
                    || (tag === 'script' && el.textContent.includes('__xss'))) {
                  found.push(el.outerHTML.slice(0, 120));
                }
                if (el.shadowRoot) look(el.shadowRoot);
              }
            };
            look(document);
            return found;
            """;

    /** The page's text as a person sees it: text nodes and field values, through shadow roots, and the tab title. */
    private static final String TEXT = """
            const parts = [document.title];
            const walk = node => {
              for (const child of node.childNodes) {
                if (child.nodeType === Node.TEXT_NODE) parts.push(child.data);
                if (child.nodeType !== Node.ELEMENT_NODE || child.localName === 'script' || child.localName === 'style') continue;
                if (child.localName === 'input' || child.localName === 'textarea') parts.push(child.value);
                if (child.shadowRoot) walk(child.shadowRoot);
                walk(child);
              }
            };
            walk(document.body);
            return parts.join('\\n');
            """;

    private InjectionChecks() {
    }

    /** Records every dialog the pages of this browser open (call before opening the first one). */
    static void trapDialogs(ChromeDriver driver) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", DIALOG_TRAP));
    }

    /** Nothing made from text: no dialog, no script ran, no injected element or handler. */
    static void assertNothingInjected(ChromeDriver driver, String page) {
        try {
            String text = driver.switchTo().alert().getText();
            fail(page + " opened a dialog: " + text);
        } catch (NoAlertPresentException expected) {
            // no dialog is open
        }
        assertThat(driver.executeScript("return window.__dialogs || []")).as(page + ": dialogs opened").asList().isEmpty();
        assertThat(driver.executeScript("return window.__xss === undefined")).as(page + ": an injected script ran").isEqualTo(true);
        assertThat(driver.executeScript(INJECTED)).as(page + ": elements or handlers made from text").asList().isEmpty();
    }

    /** Each of {@code literals} is on the page, character for character, and nothing was injected. */
    static void assertShowsLiterally(ChromeDriver driver, String page, String... literals) {
        String text = text(driver);
        for (String literal : literals) {
            assertThat(text).as(page + " shows the text literally").contains(literal);
        }
        assertNothingInjected(driver, page);
    }

    /** No script failed and nothing failed to load (an injected {@code <img src=x>} would) since the last look. */
    static void assertNoBrowserErrors(ChromeDriver driver, String page) {
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(severe).as(page + ": browser errors").isEmpty();
    }

    static String text(ChromeDriver driver) {
        return (String) driver.executeScript(TEXT);
    }

    /**
     * The texts a chart drew on its canvas (legend, axis names, labels), as ECharts laid them out:
     * a template substituted or a rich-text style applied would show here as other text.
     */
    @SuppressWarnings("unchecked")
    static List<String> drawnTexts(ChromeDriver driver, WebElement chart) {
        return (List<String>) driver.executeScript("""
                return echarts.getInstanceByDom(arguments[0]).getZr().storage.getDisplayList(true)
                    .filter(e => e.style && typeof e.style.text === 'string').map(e => e.style.text);
                """, chart);
    }

    /**
     * Moves the pointer onto point {@code dataIndex} of series {@code seriesIndex}, as a person hovers,
     * and returns the text of the tooltip that appears (once it holds {@code expected}: the one shown
     * for an earlier point may still be fading).
     */
    static String hoverTooltip(ChromeDriver driver, WebElement chart, int seriesIndex, int dataIndex, String expected) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", chart);
        // a chart scrolled into view draws on its next frame what it held back off screen
        new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage("the chart drawn once in view").until(d -> Boolean.TRUE.equals(
                driver.executeScript("""
                        const [el, s, i] = arguments;
                        const series = echarts.getInstanceByDom(el).getOption().series;
                        return !!series && series.length > s && !!series[s].data && series[s].data.length > i;
                        """, chart, seriesIndex, dataIndex)));
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) driver.executeScript("""
                const [el, s, i] = arguments;
                const chart = echarts.getInstanceByDom(el);
                const point = chart.getOption().series[s].data[i];
                const [x, y] = chart.convertToPixel({ seriesIndex: s }, point.value || point);
                return [x - el.clientWidth / 2, y - el.clientHeight / 2];
                """, chart, seriesIndex, dataIndex);
        new Actions(driver).moveToElement(chart, -chart.getSize().getWidth() / 2 + 1, -chart.getSize().getHeight() / 2 + 1)
                .moveToElement(chart, (int) Math.round(at.get(0).doubleValue()), (int) Math.round(at.get(1).doubleValue()))
                .perform();
        String[] seen = {""};
        WebDriverWait tooltip = new WebDriverWait(driver, Duration.ofSeconds(10));
        tooltip.withMessage(() -> "a tooltip holding \"" + expected + "\"; last seen: \"" + seen[0] + "\"");
        return tooltip.until(d -> {
            seen[0] = (String) driver.executeScript("""
                    return [...arguments[0].children].filter(d => d.localName === 'div' && d.style.position === 'absolute'
                        && d.style.display !== 'none' && d.style.visibility !== 'hidden').map(d => d.textContent).join('');
                    """, chart);
            return seen[0].contains(expected) ? seen[0] : null;
        });
    }
}

package dev.chainrule.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The text table in Chromium: names people typed stay text; numbers that change (a live comparison's, every
 * second) change in the rows already there; rows in another order are drawn again.
 */
class TextTableBrowserTest extends BrowserTest {

    @Test
    void changedNumbersChangeInPlaceAndTextStaysText() {
        InjectionChecks.trapDialogs(driver);
        driver.get("http://localhost:" + port + "/test/text-table");
        wait.until(d -> d.findElements(By.cssSelector("chainrule-table tbody tr")).size() == 2);
        assertThat(cells()).containsExactly(TextTableTestView.NAME, "0.5", HostileText.DETAILS, "0.25");
        assertThat(driver.findElement(By.cssSelector("chainrule-table thead th[aria-sort='ascending']")).getText())
                .isEqualTo("Loss");
        assertThat(driver.executeScript("return getComputedStyle(document.querySelector("
                + "\"chainrule-table th[aria-sort='ascending'] .table-sorter\"), '::after').content"))
                .as("the sorted column says which way").isEqualTo("\" \u25B2\"");
        driver.executeScript("document.querySelector('chainrule-table tbody tr').marked = true");

        dom.click(dom.button("Numbers change"));
        wait.until(d -> cells().contains("0.4"));
        assertThat(cells()).containsExactly(TextTableTestView.NAME, "0.4", HostileText.DETAILS, "0.125");
        assertThat(driver.executeScript("return document.querySelector('chainrule-table tbody tr').marked === true"))
                .as("the same row, its text changed").isEqualTo(true);
        assertThat(driver.findElement(By.cssSelector("chainrule-table .outcome-best")).getText()).isEqualTo("0.125");

        dom.click(dom.button("Other order"));
        wait.until(d -> cells().get(0).equals(HostileText.DETAILS));
        assertThat(driver.findElements(By.cssSelector("chainrule-table tbody tr"))).extracting(r -> r.getAttribute("data-key"))
                .containsExactly("21", "12");
        InjectionChecks.assertNothingInjected(driver, "text table");
    }

    // read in one go: the table may be drawn again between finding a cell and reading it
    @SuppressWarnings("unchecked")
    private List<String> cells() {
        return (List<String>) driver.executeScript("return [...document.querySelectorAll("
                + "'chainrule-table tbody th, chainrule-table tbody td')].map(c => c.textContent)");
    }
}

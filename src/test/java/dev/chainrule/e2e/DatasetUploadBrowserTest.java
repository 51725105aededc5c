package dev.chainrule.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * A teacher adds a class's own data, in a real browser: choose a CSV file in the page's upload,
 * see the dataset selected with its columns, its first rows and a scatter plot.
 */
class DatasetUploadBrowserTest extends BrowserTest {
    @TempDir
    Path files;

    @Test
    void anUploadedCsvIsSelectedWithItsColumnsAndAPlot() throws Exception {
        Path csv = examResults(files.resolve("exam-results.csv"));
        driver.get("http://localhost:" + port + "/datasets");
        wait.until(d -> d.findElements(By.className("dataset-title")).stream().anyMatch(t -> t.getText().equals("Iris")));

        fileInput().sendKeys(csv.toAbsolutePath().toString());

        wait.until(d -> title().equals("exam-results"));
        wait.until(d -> !d.findElements(By.xpath(
                "//vaadin-grid[contains(@class,'column-stats')]/vaadin-grid-cell-content[normalize-space(.)='hours_studied']")).isEmpty());
        wait.until(d -> scatterPoints() == 120);
        assertThat(driver.findElement(By.className("dataset-detected")).getText())
                .contains("120 rows × 3 columns").contains("target “passed”").contains("binary");
        assertThat(driver.findElements(By.xpath("//*[contains(@class,'dataset-card') and contains(@class,'upload')]"
                + "//*[normalize-space(.)='exam-results']"))).isNotEmpty();
        saveScreenshot("datasets.png");

        // A file the importer refuses: its message stays beside the upload, and nothing is added.
        fileInput().sendKeys(Files.writeString(files.resolve("notes.csv"), "just one column\nof text\n").toString());
        WebElement message = wait.until(d -> d.findElements(By.className("upload-message")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(message.getText()).startsWith("notes.csv was not added.");
        Thread.sleep(6_000); // longer than a toast would stay
        assertThat(message.isDisplayed()).isTrue();
        assertThat(driver.findElements(By.xpath("//*[contains(@class,'dataset-name') and normalize-space(.)='notes']"))).isEmpty();
        saveScreenshot("datasets-refused.png");
    }

    /** The page's file input: in the upload's light DOM in recent versions, else in its shadow root. */
    private WebElement fileInput() {
        return wait.until(d -> (WebElement) driver.executeScript(
                "const u = document.querySelector('vaadin-upload');"
                        + "return u && (u.querySelector('input[type=file]') || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]')));"));
    }

    private String title() {
        return driver.findElement(By.className("dataset-title")).getText();
    }

    private long scatterPoints() {
        Object count = driver.executeScript(
                "const c = document.querySelector('chainrule-scatter'); return c && c.pointCount ? c.pointCount() : 0;");
        return ((Number) count).longValue();
    }

    /** 120 students: hours studied and slept before an exam, and whether they passed. */
    private static Path examResults(Path file) throws Exception {
        Random random = new Random(7);
        StringBuilder csv = new StringBuilder("hours_studied,hours_slept,passed\n");
        for (int i = 0; i < 120; i++) {
            double studied = Math.round(random.nextDouble() * 100) / 10.0;
            double slept = Math.round((4 + random.nextDouble() * 5) * 10) / 10.0;
            boolean passed = studied * 0.6 + slept * 0.4 + random.nextGaussian() > 5.5;
            csv.append(String.format(Locale.ROOT, "%.1f,%.1f,%s%n", studied, slept, passed ? "yes" : "no"));
        }
        return Files.writeString(file, csv);
    }

    private void saveScreenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }
}

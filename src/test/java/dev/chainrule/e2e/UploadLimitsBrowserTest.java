package dev.chainrule.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.data.ImportLimits;
import dev.chainrule.dataset.Dataset;
import dev.chainrule.dataset.DatasetService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The size limit the page states is the real one, for every way in: a 5 MB CSV goes through
 * {@code <vaadin-upload>}; a 100 MB raw POST to the page's own upload address is refused while it
 * is read (the server's heap grows by well under 50 MB) and stores nothing; a 21 MB multipart post
 * gets our message, not the servlet's "Upload forbidden"; long file names and header cells end in
 * clear messages.
 */
class UploadLimitsBrowserTest extends BrowserTest {
    private static final long MB = ImportLimits.MEGABYTE;

    @Autowired
    private DatasetService datasets;
    @TempDir
    Path files;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void openDatasets() {
        driver.get("http://localhost:" + port + "/datasets");
        dom.await().until(d -> d.findElements(By.className("dataset-title")).stream().anyMatch(t -> t.getText().equals("Iris")));
    }

    @Test
    void aFiveMegabyteCsvUploadsThroughTheComponent() throws Exception {
        Path csv = Files.write(files.resolve("sensors-5mb.csv"), sensors(5 * MB));
        assertThat(Files.size(csv)).isGreaterThan(5 * MB - 1000).isLessThan(ImportLimits.DEFAULTS.maxBytes());

        fileInput().sendKeys(csv.toString());

        dom.await().until(d -> title().equals("sensors-5mb"));
        assertThat(driver.findElements(By.xpath("//*[contains(@class,'dataset-card') and contains(@class,'upload')]"
                + "//*[normalize-space(.)='sensors-5mb']"))).isNotEmpty();
        assertThat(uploadMessage()).isNull();
        assertThat(datasets.uploads(tester())).extracting(Dataset::getSourceFileName).contains("sensors-5mb.csv");
    }

    @Test
    void aHundredMegabyteRawPostIsRefusedWhileReadingWithoutFillingTheHeap() throws Exception {
        int before = datasets.uploads(tester()).size();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        int status;
        try {
            // No Content-Length (chunked): only counting the bytes can stop it.
            status = rawChunkedPost(100 * MB);
        } finally {
            sampling.set(false);
            sampler.join();
        }
        long growth = peak.get() - baseline;
        System.out.printf(Locale.ROOT, "raw 100 MB POST: heap %,d -> peak %,d bytes (growth %.1f MB)%n",
                baseline, peak.get(), growth / (double) MB);

        assertThat(status).as("413, or the connection closed before the client finished sending").isIn(413, -1);
        assertThat(growth).as("heap growth while refusing 100 MB").isLessThan(50 * MB);
        assertThat(datasets.uploads(tester())).hasSize(before);
        WebElement message = dom.await().until(d -> uploadMessage());
        assertThat(message.getText()).contains("The file is larger than 20 MB");

        // With a Content-Length over the limit, nothing is read at all.
        HttpResponse<String> stated = post(HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(() -> digits(30 * MB)), 30 * MB), "text/csv");
        if (stated != null) {
            assertThat(stated.statusCode()).isEqualTo(413);
            assertThat(stated.body()).contains("The file is 30 MB, over the upload limit of 20 MB");
        }
        assertThat(datasets.uploads(tester())).hasSize(before);
    }

    @Test
    void aTwentyOneMegabyteMultipartPostGetsOurMessageNotTheServlets() throws Exception {
        int before = datasets.uploads(tester()).size();
        byte[] body = multipart("big.csv", sensors(21 * MB));

        HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofByteArray(body), "multipart/form-data; boundary=" + BOUNDARY);

        if (response != null) {
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.body()).contains("over the upload limit of 20 MB");
        }
        WebElement message = dom.await().until(d -> uploadMessage());
        assertThat(message.getText()).contains("The file is larger than 20 MB: big.csv.").doesNotContain("forbidden");
        assertThat(datasets.uploads(tester())).hasSize(before);

        // Past the servlet's own limit (a fifth above ours) the servlet refuses by itself: still nothing stored.
        HttpResponse<String> huge = post(HttpRequest.BodyPublishers.ofByteArray(multipart("huge.csv", sensors(30 * MB))),
                "multipart/form-data; boundary=" + BOUNDARY);
        System.out.println("30 MB multipart: " + (huge == null ? "connection closed" : huge.statusCode() + " " + huge.body()));
        assertThat(huge == null ? -1 : huge.statusCode()).isNotEqualTo(200);
        assertThat(datasets.uploads(tester())).hasSize(before);
    }

    @Test
    void aLongHeaderCellIsRefusedNamingItsColumnAndNothingIsStored() throws Exception {
        int before = datasets.uploads(tester()).size();
        Path csv = files.resolve("wide-header.csv");
        Files.writeString(csv, "a," + "n".repeat(10 * (int) MB) + ",c\n1,2,3\n4,5,6\n");

        fileInput().sendKeys(csv.toString());

        WebElement message = dom.await().until(d -> uploadMessage());
        assertThat(message.getText()).startsWith("wide-header.csv was not added.")
                .contains("the name of column 2 in the header row is 10,485,760 characters long, over the limit of 200");
        assertThat(datasets.uploads(tester())).hasSize(before);
    }

    @Test
    void aLongFileNameIsShortenedToItsColumnsAndSaysSo() throws Exception {
        // Through the page: as long as the file system allows (255 bytes), the dataset name (200) is shortened.
        int before = datasets.uploads(tester()).size();
        String longName = "results of the " + "very ".repeat(45) + "long survey.csv";
        assertThat(longName.length()).isBetween(201, 255);
        Path csv = Files.write(files.resolve(longName), sensors(2_000));

        fileInput().sendKeys(csv.toString());

        WebElement message = dom.await().until(d -> uploadMessage());
        assertThat(message.getText()).contains("The file name has " + longName.length() + " characters, too long to keep whole");
        Dataset stored = datasets.uploads(tester()).get(0);
        assertThat(stored.getName()).hasSizeLessThanOrEqualTo(200).startsWith("results of the very").endsWith("…");
        assertThat(stored.getSourceFileName()).isEqualTo(longName);

        // Posted by hand: a file name longer than its column (255) is shortened too, keeping its extension.
        String tooLong = "x".repeat(400) + ".csv";
        HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofByteArray(multipart(tooLong, sensors(3_000))),
                "multipart/form-data; boundary=" + BOUNDARY);
        assertThat(response).isNotNull();
        assertThat(response.statusCode()).isEqualTo(200);
        dom.await().until(d -> datasets.uploads(tester()).size() == before + 2);
        Dataset second = datasets.uploads(tester()).get(0);
        assertThat(second.getSourceFileName()).hasSize(255).endsWith("….csv");
        assertThat(second.getName()).hasSizeLessThanOrEqualTo(200);
    }

    /**
     * POSTs {@code size} bytes of digits in chunks to the page's upload address, over a plain socket
     * with one reused buffer, so the sender adds nothing to the heap the test measures (the server
     * runs in this JVM). Returns the response's status, or -1 when the server closed the connection
     * before a response could be read.
     */
    private int rawChunkedPost(long size) throws Exception {
        URI uri = uploadUri();
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(120_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " HTTP/1.1\r\n"
                    + "Host: localhost:" + port + "\r\nCookie: JSESSIONID=" + sessionId() + "\r\n"
                    + "Content-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) '7');
            byte[] head = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
            try {
                for (long sent = 0; sent < size; sent += chunk.length) {
                    out.write(head);
                    out.write(chunk);
                    out.write(crlf);
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException e) {
                System.out.println("the server closed the connection while the client was sending: " + e);
            }
            try {
                String statusLine = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
                return statusLine.startsWith("HTTP/1.1 ") ? Integer.parseInt(statusLine.substring(9, 12)) : -1;
            } catch (IOException e) {
                return -1;
            }
        }
    }

    private static final String BOUNDARY = "chainrule-test-boundary";

    private static byte[] multipart(String fileName, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 500);
        out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /**
     * POSTs to the address the page's {@code <vaadin-upload>} sends to, with the browser's session
     * cookie. Returns null when the server closed the connection before the client finished sending,
     * which is what refusing a request while reading it may look like from the client's side.
     */
    private HttpResponse<String> post(HttpRequest.BodyPublisher body, String contentType) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uploadUri()).timeout(Duration.ofSeconds(120))
                .header("Cookie", "JSESSIONID=" + sessionId()).header("Content-Type", contentType)
                .POST(body).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            System.out.println("the server closed the connection while the client was sending: " + e);
            return null;
        }
    }

    /** Where the page's {@code <vaadin-upload>} sends its files (its {@code target}, relative to the page). */
    private URI uploadUri() {
        String target = (String) driver.executeScript("return document.querySelector('vaadin-upload').target;");
        assertThat(target).isNotBlank();
        return URI.create("http://localhost:" + port + "/").resolve(target);
    }

    private String sessionId() {
        return driver.manage().getCookieNamed("JSESSIONID").getValue();
    }

    /** {@code size} bytes of digits, generated as they are read (never one array in the test's heap). */
    private static InputStream digits(long size) {
        return new InputStream() {
            private long served;

            @Override
            public int read() {
                return served < size ? '0' + (int) (served++ % 10) : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                int n = (int) Math.min(len, size - served);
                if (n <= 0) {
                    return -1;
                }
                for (int i = 0; i < n; i++) {
                    b[off + i] = (byte) ('0' + (served++ % 10));
                }
                return n;
            }
        };
    }

    /** About {@code bytes} of a valid CSV: ten sensor readings and a label per row. */
    private static byte[] sensors(long bytes) {
        Random random = new Random(11);
        StringBuilder csv = new StringBuilder((int) bytes + 200);
        csv.append("s1,s2,s3,s4,s5,s6,s7,s8,s9,s10,state\n");
        while (csv.length() < bytes - 120) {
            double sum = 0;
            for (int i = 0; i < 10; i++) {
                double v = random.nextGaussian() * 10;
                sum += v;
                appendFourDecimals(csv, v);
                csv.append(',');
            }
            csv.append(sum > 0 ? "on\n" : "off\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * {@code v} with four decimals, as {@code %.4f} writes it but for the sign of a value that rounds to zero:
     * {@code String.format} for the 56 MB of CSV these tests make took 5 to 10 s of the class's time.
     */
    private static void appendFourDecimals(StringBuilder csv, double v) {
        long scaled = Math.round(Math.abs(v) * 10_000);
        if (v < 0 && scaled != 0) {
            csv.append('-');
        }
        String fraction = Long.toString(scaled % 10_000);
        csv.append(scaled / 10_000).append('.').append("0000", fraction.length(), 4).append(fraction);
    }

    /** The page's file input: in the upload's light DOM in recent versions, else in its shadow root. */
    private WebElement fileInput() {
        return dom.await().until(d -> (WebElement) driver.executeScript(
                "const u = document.querySelector('vaadin-upload');"
                        + "return u && (u.querySelector('input[type=file]') || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]')));"));
    }

    private WebElement uploadMessage() {
        return driver.findElements(By.className("upload-message")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
    }

    private String title() {
        return driver.findElement(By.className("dataset-title")).getText();
    }
}

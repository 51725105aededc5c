package dev.chainrule.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Map;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Where a benchmark's time goes, for a look afterwards: the browser's JavaScript CPU profile (Chrome DevTools'
 * format, opens in its Performance panel), the page's UIDL answers as text, and the server's Flight Recorder file,
 * all under target/profiles.
 * Asked for with {@code -Dprofile=true}; otherwise every method does nothing, so figures are not disturbed.
 */
final class Profiles implements AutoCloseable {
    static final boolean ON = Boolean.getBoolean("profile");
    private final ChromeDriver browser;
    private final String name;
    private final Recording server;

    private Profiles(ChromeDriver browser, String name, Recording server) {
        this.browser = browser;
        this.name = name;
        this.server = server;
    }

    /** Starts both profiles (when asked for); {@link #close()} saves them as {@code name}.cpuprofile and .jfr. */
    static Profiles start(ChromeDriver browser, String name) throws IOException {
        if (!ON) {
            return new Profiles(null, name, null);
        }
        // keeps the text of each answer to a UIDL request, to see what the page's messages carry
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__uidl = [];
                const open = XMLHttpRequest.prototype.open;
                XMLHttpRequest.prototype.open = function (method, url) {
                  if (String(url).includes('v-r=uidl')) {
                    this.addEventListener('load', () => window.__uidl.push(this.responseText));
                  }
                  return open.apply(this, arguments);
                };
                """));
        browser.executeCdpCommand("Profiler.enable", Map.of());
        browser.executeCdpCommand("Profiler.setSamplingInterval", Map.of("interval", 200));
        browser.executeCdpCommand("Profiler.start", Map.of());
        try {
            Recording recording = new Recording(Configuration.getConfiguration("profile"));
            recording.start();
            return new Profiles(browser, name, recording);
        } catch (ParseException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (!ON) {
            return;
        }
        Path dir = Files.createDirectories(Path.of("target", "profiles"));
        Object profile = browser.executeCdpCommand("Profiler.stop", Map.of()).get("profile");
        new ObjectMapper().writeValue(dir.resolve(name + ".cpuprofile").toFile(), profile);
        Files.writeString(dir.resolve(name + ".uidl.txt"), String.valueOf(browser.executeScript(
                "return (window.__uidl || []).join('\\n\\n')")));
        server.stop();
        server.dump(dir.resolve(name + ".jfr"));
        server.close();
        System.out.println("PROFILES saved as " + dir.toAbsolutePath().resolve(name) + ".cpuprofile and .jfr");
    }
}

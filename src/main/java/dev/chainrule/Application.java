package dev.chainrule;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;
import dev.chainrule.cli.ChainruleCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Chainrule: a neural-network lab that runs in the browser and trains on the server. */
@SpringBootApplication
@Push
@Theme("chainrule")
public class Application implements AppShellConfigurator {

    /** Every page names its icon (16, 32 and 48 px in one file), so no browser has to guess the address. */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "favicon.ico", "16x16 32x32 48x48");
    }

    public static void main(String[] args) {
        // "train" and "bench" run headless on the engine: no web server, no database.
        if (ChainruleCli.handles(args)) {
            System.exit(ChainruleCli.run(args));
        }
        SpringApplication.run(Application.class, args);
    }
}

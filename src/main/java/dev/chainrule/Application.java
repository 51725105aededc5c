package dev.chainrule;

import com.vaadin.flow.component.page.AppShellConfigurator;
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

    public static void main(String[] args) {
        // "train" and "bench" run headless on the engine: no web server, no database.
        if (ChainruleCli.handles(args)) {
            System.exit(ChainruleCli.run(args));
        }
        SpringApplication.run(Application.class, args);
    }
}

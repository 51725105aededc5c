package dev.chainrule.training;

import dev.chainrule.Application;
import dev.chainrule.account.AccountService;
import dev.chainrule.account.People;
import dev.chainrule.account.Visitor;
import dev.chainrule.experiment.SeedSpecs;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Instance 1 of {@link TwoInstancesTest}: the app with the postgres profile on the test's own schema (its URL, with
 * {@code currentSchema}, is the first argument; user and password come from the environment as on a server), which
 * starts one long paced run of the person named by the second argument and prints {@code RUN <id>}. It trains until
 * it is killed.
 */
public final class TwoInstancesChild {
    private TwoInstancesChild() {
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run("--spring.profiles.active=postgres", "--spring.datasource.url=" + args[0], "--server.port=0",
                        "--spring.main.banner-mode=off", "--vaadin.devmode.devTools.enabled=false",
                        "--logging.level.root=WARN");
        Visitor person = People.person(app.getBean(AccountService.class), args[1]);
        long id = app.getBean(TrainingService.class).start(person, SeedSpecs.seedSpec(100_000), 50);
        System.out.println("RUN " + id);
        System.out.flush();
    }
}

package dev.chainrule.training;

import dev.chainrule.Application;
import dev.chainrule.account.AccountService;
import dev.chainrule.account.People;
import dev.chainrule.account.Visitor;
import dev.chainrule.experiment.SeedSpecs;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.RunStatus;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The app as {@link CrashTest} kills it: starts the Spring context on a data folder, trains one
 * long paced seed run and prints each epoch delivery a viewer gets as
 * {@code EPOCH <run id> <epoch> <elapsed ms>}, as the page would show it.
 */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run("--chainrule.data-dir=" + args[0], "--server.port=0", "--spring.main.banner-mode=off",
                        "--vaadin.devmode.devTools.enabled=false", "--logging.level.root=WARN");
        TrainingService training = app.getBean(TrainingService.class);
        Visitor person = People.person(app.getBean(AccountService.class), "crash tester");
        long id = training.start(person, SeedSpecs.seedSpec(100_000), Integer.parseInt(args[1]));
        training.subscribe(person, id, new RunSubscriber() {
            @Override
            public void onEpochs(List<EpochRecord> epochs) {
                if (!epochs.isEmpty()) {
                    EpochRecord last = epochs.get(epochs.size() - 1);
                    System.out.println("EPOCH " + id + " " + last.epoch() + " " + last.elapsedMs());
                    System.out.flush();
                }
            }

            @Override
            public void onFinished(RunStatus status, String message) {
                System.out.println("FINISHED " + status);
                System.out.flush();
            }
        });
    }
}

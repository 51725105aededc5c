package dev.chainrule.e2e;

import dev.chainrule.dataset.DatasetService;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.training.TrainingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The server the benchmarks run against (on a free port), and the services they set their runs up with. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class ServerBenchmark {
    @LocalServerPort
    int port;
    @Autowired
    DatasetService datasets;
    @Autowired
    RunLauncher launcher;
    @Autowired
    TrainingService training;
}

package dev.chainrule.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.engine.EpochMetrics;
import dev.chainrule.engine.RunControl;
import dev.chainrule.engine.RunOutcome;
import dev.chainrule.engine.Trainer;
import dev.chainrule.engine.TrainingResult;
import dev.chainrule.experiment.DataPreparation;
import dev.chainrule.experiment.ExperimentFormatException;
import dev.chainrule.experiment.ExperimentSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Every built-in lesson parses, each of its runs trains headless with the engine the server uses, and the
 * curves really show the point the lesson tells the learner to notice (a lesson whose point is not in its
 * numbers would teach something false).
 */
class BuiltInLessonsTest {
    private static final BuiltInLessons LESSONS = new BuiltInLessons();
    private static final Map<String, Trained> TRAINED = new ConcurrentHashMap<>();

    /** One run trained to its end: its epochs and how it ended. */
    record Trained(List<EpochMetrics> epochs, TrainingResult result) {
        EpochMetrics first() {
            return epochs.get(0);
        }

        EpochMetrics last() {
            return epochs.get(epochs.size() - 1);
        }

        double bestValidationLoss() {
            return epochs.stream().mapToDouble(EpochMetrics::validationLoss).min().orElseThrow();
        }
    }

    @Test
    void everyLessonIsThereInTeachingOrderWithATextAndRunsThatAreExperiments() {
        assertThat(LESSONS.all()).extracting(Lesson::id).containsExactlyElementsOf(BuiltInLessons.IDS);
        for (Lesson lesson : LESSONS.all()) {
            assertThat(lesson.isBuiltIn()).isTrue();
            assertThat(lesson.text()).hasSizeGreaterThan(100);
            assertThat(lesson.notice()).hasSizeGreaterThan(50);
            assertThat(lesson.runs()).hasSizeBetween(2, Lesson.MAX_RUNS);
            assertThat(lesson.runs()).extracting(ExperimentSpec::title).doesNotHaveDuplicates();
        }
        assertThat(LESSONS.find("seed-example").orElseThrow().stepThrough()).isTrue();
        assertThat(LESSONS.find("vanishing-gradients").orElseThrow().perLayerGradients()).isTrue();
    }

    @Test
    void everyRunOfEveryLessonTrainsToItsEndInSeconds() {
        for (Lesson lesson : LESSONS.all()) {
            for (int i = 0; i < lesson.runs().size(); i++) {
                Trained run = train(lesson.id(), i);
                assertThat(run.result().epochsRun()).as(lesson.id() + " run " + i).isPositive();
                assertThat(run.epochs()).hasSize(run.result().epochsRun());
            }
        }
    }

    @Test
    void theSeedExampleStartsAtTheWalkthroughsLossAndTheLargerRateGetsFurther() {
        Trained slow = train("seed-example", 0);
        Trained fast = train("seed-example", 1);
        assertThat(slow.first().trainLoss()).isEqualTo(0.10270716914594588);
        assertThat(fast.first().trainLoss()).isEqualTo(0.10270716914594588);
        assertThat(fast.last().trainLoss()).isLessThan(slow.last().trainLoss() / 5);
    }

    @Test
    void smallerBatchesGetFurtherInTheSameEpochs() {
        Trained full = train("batch-sizes", 0);
        Trained mini = train("batch-sizes", 1);
        Trained single = train("batch-sizes", 2);
        assertThat(full.last().trainLoss()).isGreaterThan(0.5);
        assertThat(mini.last().trainLoss()).isLessThan(0.05);
        assertThat(single.last().trainLoss()).isLessThan(mini.last().trainLoss());
    }

    @Test
    void momentumBeatsPlainSgdAndAdamBeatsBoth() {
        Trained sgd = train("optimizers", 0);
        Trained momentum = train("optimizers", 1);
        Trained adam = train("optimizers", 2);
        assertThat(sgd.last().trainLoss()).isGreaterThan(0.6);
        assertThat(momentum.last().trainLoss()).isLessThan(0.4);
        assertThat(adam.last().trainLoss()).isLessThan(momentum.last().trainLoss() / 2);
        assertThat(adam.last().validationAccuracy()).isGreaterThan(0.85);
    }

    @Test
    void theDeepSigmoidNetworksFirstLayerGetsThousandsOfTimesLessGradientThanItsOutputAndLearnsNothing() {
        Trained sigmoid = train("vanishing-gradients", 0);
        Trained relu = train("vanishing-gradients", 1);
        double[] s = sigmoid.first().gradientNorms();
        double[] r = relu.first().gradientNorms();
        assertThat(s).hasSize(7);
        assertThat(s[0] * 1000).isLessThan(s[6]);
        for (int layer = 1; layer < s.length; layer++) {
            assertThat(s[layer]).as("each layer back loses more").isGreaterThan(s[layer - 1]);
        }
        assertThat(r[0] * 10).isGreaterThan(r[6]);
        assertThat(sigmoid.last().trainLoss()).isGreaterThan(0.69);
        assertThat(relu.last().trainLoss()).isLessThan(0.01);
    }

    @Test
    void theRateTooHighDivergesWithTheEnginesHintAndClippingRescuesIt() {
        Trained careful = train("exploding-gradients", 0);
        Trained tooHigh = train("exploding-gradients", 1);
        Trained clipped = train("exploding-gradients", 2);
        assertThat(tooHigh.result().outcome()).isEqualTo(RunOutcome.DIVERGED);
        assertThat(tooHigh.result().message()).contains("lower the learning rate or enable gradient clipping");
        assertThat(clipped.result().outcome()).isEqualTo(RunOutcome.COMPLETED);
        assertThat(careful.last().trainLoss()).isLessThan(0.05);
        assertThat(clipped.last().trainLoss()).isLessThan(0.06);
        assertThat(clipped.last().validationLoss()).isLessThan(0.06);
    }

    @Test
    void theLargeNetworkLearnsTheNoiseAndEachRemedyHoldsTheValidationLossDown() {
        Trained plain = train("overfitting", 0);
        Trained dropout = train("overfitting", 1);
        Trained l2 = train("overfitting", 2);
        Trained early = train("overfitting", 3);
        assertThat(plain.last().trainLoss()).isLessThan(0.1);
        assertThat(plain.last().validationLoss()).isGreaterThan(3 * plain.bestValidationLoss());
        for (Trained remedy : List.of(dropout, l2)) {
            assertThat(remedy.last().validationLoss()).isLessThan(0.5).isLessThan(plain.last().validationLoss() / 3);
        }
        assertThat(early.result().outcome()).isEqualTo(RunOutcome.STOPPED_EARLY);
        assertThat(early.bestValidationLoss()).isLessThan(0.45);
    }

    @Test
    void aLessonWithAFieldThisVersionDoesNotKnowIsRefusedNamingIt() {
        String json = """
                {"format": "chainrule-lesson/1", "title": "T", "text": "x", "notice": "n", "runs": [], "notise": "typo"}
                """;
        assertThatThrownBy(() -> LessonJson.read(json, "mine", 1L)).isInstanceOf(ExperimentFormatException.class)
                .hasMessageContaining("notise");
    }

    @Test
    void aLessonWithoutRunsOrWithAnEmptyPointIsRefusedSayingWhatToDo() {
        assertThatThrownBy(() -> LessonJson.read("""
                {"format": "chainrule-lesson/1", "title": "T", "text": "x", "notice": "n", "runs": []}
                """, "mine", 1L)).hasMessageContaining("1 to 8 runs");
        Lesson seed = LESSONS.find("seed-example").orElseThrow();
        assertThatThrownBy(() -> new Lesson("x", "T", "", " ", false, false, seed.runs(), 1L))
                .hasMessageContaining("point to notice must not be empty");
    }

    @Test
    void aLessonWrittenAndReadBackIsTheSame() {
        for (Lesson lesson : LESSONS.all()) {
            Lesson again = LessonJson.read(LessonJson.write(lesson), lesson.id(), null);
            assertThat(again).isEqualTo(lesson);
        }
    }

    private static Trained train(String lessonId, int run) {
        return TRAINED.computeIfAbsent(lessonId + "/" + run, key -> {
            ExperimentSpec spec = LESSONS.find(lessonId).orElseThrow().runs().get(run);
            PreparedData data = DataPreparation.prepareWithoutFile(spec.data());
            List<EpochMetrics> epochs = new ArrayList<>();
            TrainingResult result = new Trainer().fit(spec.createNetwork(data.train().features()), data.train(),
                    data.validation(), spec.training(), (metrics, network) -> epochs.add(metrics), new RunControl());
            return new Trained(epochs, result);
        });
    }
}

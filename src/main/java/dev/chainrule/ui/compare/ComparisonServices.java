package dev.chainrule.ui.compare;

import dev.chainrule.compare.CompareService;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.lesson.LessonService;
import dev.chainrule.run.RunService;
import dev.chainrule.share.ComparisonShareService;
import dev.chainrule.training.TrainingService;
import org.springframework.stereotype.Component;

/** The services a comparison page uses, injected once for its two routes (one's own, and a shared link). */
@Component
public record ComparisonServices(CompareService compare, TrainingService training, DatasetService datasets, RunService runs,
        ComparisonShareService comparisonShares, LessonService lessons) {
}

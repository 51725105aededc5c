package dev.chainrule.ui.lab;

import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.TrainingConfig;

/** What the settings form produces: how to train, how to initialise, how much data to hold out. */
record TrainingSettings(TrainingConfig config, Init init, double validationFraction) {
}

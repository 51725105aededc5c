package dev.chainrule.ui.step;

import dev.chainrule.ui.component.NumberText;

/** A number as the step-through shows it: every digit the double has, so a learner can check it against a printed one. */
final class Shown {

    private Shown() {
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        return NumberText.format(value);
    }
}

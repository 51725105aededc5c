package dev.chainrule.engine;

import dev.chainrule.engine.layer.Parameter;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * Central-difference gradient check in doubles (as tinygrad's gradcheck):
 * {@code numeric = (L(w + h) − L(w − h)) / 2h} for every parameter element, compared with
 * the analytic gradient by {@code |a − n| / max(|a| + |n|, 1e-8)}.
 */
final class GradientCheck {

    static final double STEP = 1e-5;

    /** The worst element: its relative error and where it is. */
    record Result(double maxRelativeError, String worst, double analytic, double numeric) {
    }

    private GradientCheck() {
    }

    /**
     * @param parameters  the parameters to perturb (values restored afterwards)
     * @param loss        computes the loss at the current values, without touching gradients
     * @param analytic    zeroes the gradients and fills them by forward + backward
     */
    static Result run(List<Parameter> parameters, DoubleSupplier loss, Runnable analytic) {
        analytic.run();
        Result worst = new Result(0.0, "none", 0.0, 0.0);
        for (Parameter p : parameters) {
            double[] w = p.value().data;
            for (int i = 0; i < p.value().getNumElements(); i++) {
                double saved = w[i];
                // numeric = (L(w + h) − L(w − h)) / 2h
                w[i] = saved + STEP;
                double plus = loss.getAsDouble();
                w[i] = saved - STEP;
                double minus = loss.getAsDouble();
                w[i] = saved;
                double numeric = (plus - minus) / (2 * STEP);
                double a = p.gradient().data[i];
                double error = Math.abs(a - numeric) / Math.max(Math.abs(a) + Math.abs(numeric), 1e-8);
                if (error > worst.maxRelativeError()) {
                    worst = new Result(error, p.name() + "[" + i + "]", a, numeric);
                }
            }
        }
        return worst;
    }
}

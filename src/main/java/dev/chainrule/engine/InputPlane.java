package dev.chainrule.engine;

/**
 * How a point of the plane under the decision boundary becomes one row of network inputs. The
 * plane is that of the first two inputs, in the units the network sees them (standardised when
 * the data is); when the data's preparation computes more inputs from those two (x1², sin x1, …),
 * a grid point needs the same extra inputs, computed the same way, or the picture would show a
 * network that was never trained. The preparation that made the data knows how, so it supplies this.
 */
@FunctionalInterface
public interface InputPlane {

    /** Data with exactly two inputs: a point is the row itself. */
    InputPlane TWO_INPUTS = (first, second) -> new double[] {first, second};

    /** @return a new row of every input the network takes, {@code first} and {@code second} at 0 and 1 */
    double[] inputs(double first, double second);
}

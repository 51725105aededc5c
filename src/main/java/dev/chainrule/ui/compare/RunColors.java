package dev.chainrule.ui.compare;

import com.vaadin.flow.component.html.Span;

/**
 * One colour per compared run (or group), by its place in the comparison: the same in every chart,
 * the legend and the tables. The first ten are a palette chosen to be told apart (also by most
 * colour-blind viewers); beyond them the hue steps round the circle by the golden angle, so
 * neighbours never look alike, at a lightness that reads on white.
 */
final class RunColors {
    private static final String[] PALETTE = {"#1971c2", "#e8590c", "#2f9e44", "#c2255c", "#7048e8", "#0c8599",
            "#f08c00", "#5c940d", "#862e9c", "#495057"};
    private static final double GOLDEN_ANGLE = 137.508;

    private RunColors() {
    }

    /** A dot in a run's (or group's) colour, before its title in the tables and pictures (styled in styles.css). */
    static Span dot(String color) {
        Span dot = new Span();
        dot.addClassName("run-dot");
        dot.getStyle().set("background", color); // a colour of ours, never typed text
        return dot;
    }

    static String of(int index) {
        if (index < PALETTE.length) {
            return PALETTE[index];
        }
        double hue = (index * GOLDEN_ANGLE) % 360;
        return hex(hue, 0.65, 0.42);
    }

    // HSL to #rrggbb (h in degrees, s and l from 0 to 1)
    private static String hex(double h, double s, double l) {
        double c = (1 - Math.abs(2 * l - 1)) * s;
        double x = c * (1 - Math.abs((h / 60) % 2 - 1));
        double m = l - c / 2;
        double[] rgb = switch ((int) (h / 60)) {
            case 0 -> new double[] {c, x, 0};
            case 1 -> new double[] {x, c, 0};
            case 2 -> new double[] {0, c, x};
            case 3 -> new double[] {0, x, c};
            case 4 -> new double[] {x, 0, c};
            default -> new double[] {c, 0, x};
        };
        return String.format("#%02x%02x%02x", channel(rgb[0] + m), channel(rgb[1] + m), channel(rgb[2] + m));
    }

    private static int channel(double v) {
        return (int) Math.round(Math.min(1, Math.max(0, v)) * 255);
    }
}

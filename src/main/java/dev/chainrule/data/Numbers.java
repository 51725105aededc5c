package dev.chainrule.data;

/**
 * What counts as a number, a missing value or an infinity in a CSV cell. Stricter than
 * {@link Double#parseDouble}, which also accepts "NaN", "Infinity", hex floats and a trailing
 * "d" or "f": none of those should silently become a feature value.
 */
public final class Numbers {

    private Numbers() {
    }

    /** Empty, {@code NA}, {@code NaN} (any case) and {@code ?} mean "no value here". */
    public static boolean isMissing(String s) {
        return s.isEmpty() || s.equals("?") || s.equalsIgnoreCase("NA") || s.equalsIgnoreCase("NaN");
    }

    /** inf, infinity, with an optional sign, any case: refused in numeric columns. */
    public static boolean isInfinity(String s) {
        String t = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        return t.equalsIgnoreCase("inf") || t.equalsIgnoreCase("infinity");
    }

    /** Decimal notation only: [+-] digits [. digits] [e [+-] digits], at least one digit before the exponent. */
    public static boolean isDecimal(String s) {
        return isDecimal(s, false);
    }

    /**
     * As {@link #isDecimal(String)}; with {@code decimalComma}, "1,5" is accepted too. Spreadsheets
     * in many European locales write semicolon-separated files with decimal commas.
     */
    public static boolean isDecimal(String s, boolean decimalComma) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && (s.charAt(i) == '.' || decimalComma && s.charAt(i) == ',')) {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** How a number is shown as a label: integers without ".0" (class "1", not "1.0"). */
    public static String label(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}

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
        int start = afterSign(s, 0);
        int i = afterDigits(s, start);
        int digits = i - start;
        if (i < n && (s.charAt(i) == '.' || decimalComma && s.charAt(i) == ',')) {
            int fraction = i + 1;
            i = afterDigits(s, fraction);
            digits += i - fraction;
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int exponent = afterSign(s, i + 1);
            i = afterDigits(s, exponent);
            if (i == exponent) {
                return false; // "1e" or "1e+": an exponent needs a digit
            }
        }
        return i == n;
    }

    // the index after an optional + or - at i
    private static int afterSign(String s, int i) {
        return i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-') ? i + 1 : i;
    }

    // the index after the run of ASCII digits that starts at i
    private static int afterDigits(String s, int i) {
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** How a number is shown as a label: integers without ".0" (class "1", not "1.0"). */
    public static String label(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}

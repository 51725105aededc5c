package dev.chainrule.data;

/**
 * A dataset the user gave us cannot be used. The message is one line meant for the user: what
 * is wrong, where (line, column), and what to do about it. Nothing is stored when it is thrown:
 * the importer and the preparation are pure functions of their inputs.
 */
public class DataFormatException extends RuntimeException {

    public DataFormatException(String message) {
        super(oneLine(message));
    }

    /** A value or name from the file as it appears in a message: quoted, control characters shown, long text cut. */
    public static String quote(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return "'" + oneLine(shown) + "'";
    }

    /** Cells and names may hold line breaks (quoted fields); a message must stay on one line. */
    private static String oneLine(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }
}

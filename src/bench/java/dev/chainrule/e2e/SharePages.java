package dev.chainrule.e2e;

/** Share pages following one run in a benchmark: opened on its link while it is paused, checked after its end. */
interface SharePages extends AutoCloseable {
    /** Opens the pages on the share link {@code token} and waits until each shows the paused run. */
    void open(String token) throws Exception;

    /** Fails unless every page heard the run end after its last epoch ({@code epochs}). */
    void checkEverySawTheEnd(int epochs) throws Exception;

    /** What the pages were sent while the run trained for {@code seconds} (empty when not counted). */
    String traffic(double seconds);

    /** The status line a share page shows when it heard the end of a run of {@code epochs} epochs. */
    static boolean sawTheEnd(String status, int epochs) {
        // "Completed after 20,000 epochs (…)"
        return status.startsWith("Completed") && status.contains(String.format("%,d", epochs));
    }
}

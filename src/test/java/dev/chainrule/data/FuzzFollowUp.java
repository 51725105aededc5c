package dev.chainrule.data;

/** What the fuzz test does with a table the importer accepted: the steps a user takes next. */
final class FuzzFollowUp {

    private FuzzFollowUp() {
    }

    static void afterImport(RawTable table) {
        table.preview(10);
    }
}

package dev.chainrule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.ui.lab.LabView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Lab says how many rows of a dataset it leaves out, why, and what to do to keep them. */
class RowsLeftOutTest extends AbstractAppTest {
    @Autowired
    DatasetService datasets;

    @Test
    void theLabCountsTheRowsItLeavesOutByTheirReason() {
        // 8 rows: two lack an input value, one its target
        String csv = "x1,x2,y\n1,2,a\n,3,b\n4,5,a\n6,,b\n7,8,\n9,1,a\n2,2,b\n3,3,a\n";
        datasets.upload(me(), "gappy.csv", csv.getBytes(UTF_8));
        UI.getCurrent().navigate(LabView.class);

        choose("Dataset", "gappy");

        assertThat(leftOut()).isEqualTo("3 of 8 rows left out: 2 with a missing value in an input column and 1 without a "
                + "target value (rule: a row with a missing value is left out, and a missing target is never made up). "
                + "To keep them, fill in the gaps in the file and upload it again (the Datasets page counts each column's gaps).");

        choose("Dataset", "XOR");
        assertThat(leftOut()).as("every row used: nothing to say").isEmpty();
    }

    private static String leftOut() {
        return _get(Span.class, spec -> spec.withClasses("rows-left-out")).getText();
    }
}

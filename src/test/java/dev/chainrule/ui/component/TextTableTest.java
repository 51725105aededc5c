package dev.chainrule.ui.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.ui.component.TextTable.Cell;
import dev.chainrule.ui.component.TextTable.Head;
import dev.chainrule.ui.component.TextTable.Row;
import dev.chainrule.ui.component.TextTable.Sort;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the table sends the browser, and what it refuses to send. */
class TextTableTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void textsTravelAsTypedAndOnlyOurOwnClassesAndColoursAreSent() throws Exception {
        TextTable table = new TextTable();
        String typed = "<img src=x onerror=alert(1)> & \"quotes\"";
        table.show(List.of(new Head("Run", Sort.NONE, "#1f77b4", "(reference)"), new Head("Loss", Sort.UNSORTABLE)),
                List.of(new Row("12", List.of(Cell.rowHeader(typed, "#abc"), Cell.marked("0.25", "outcome-best", "the best")))));

        JsonNode sent = JSON.readTree(table.getElement().getProperty("json"));
        assertThat(sent.at("/head/0/text").asText()).isEqualTo("Run");
        assertThat(sent.at("/head/0/sort").asText()).isEqualTo("none");
        assertThat(sent.at("/head/0/note").asText()).isEqualTo("(reference)");
        assertThat(sent.at("/head/1/sort").asText()).isEqualTo("unsortable");
        assertThat(sent.at("/rows/0/key").asText()).isEqualTo("12");
        assertThat(sent.at("/rows/0/cells/0/text").asText()).as("the browser sets it as text").isEqualTo(typed);
        assertThat(sent.at("/rows/0/cells/0/header").asBoolean()).isTrue();
        assertThat(sent.at("/rows/0/cells/1/css").asText()).isEqualTo("outcome-best");

        assertThatThrownBy(() -> Cell.marked("x", "best\" onclick=\"alert(1)", null)).hasMessageContaining("lower-case names");
        assertThatThrownBy(() -> Cell.rowHeader("x", "red;background:url(x)")).hasMessageContaining("colour like #1f77b4");
        assertThatThrownBy(() -> new Head("x", Sort.NONE, "javascript:1", null)).hasMessageContaining("colour like #1f77b4");
    }

    @Test
    void onlyASortableHeaderAnswersAPress() {
        TextTable table = new TextTable();
        List<Integer> pressed = new ArrayList<>();
        table.addSortListener(pressed::add);
        table.show(List.of(new Head("Run", Sort.NONE), new Head("Setting", Sort.UNSORTABLE)), List.of());

        table.pressHeader(1);
        table.pressHeader(7);
        table.pressHeader(0);

        assertThat(pressed).containsExactly(0);
    }
}

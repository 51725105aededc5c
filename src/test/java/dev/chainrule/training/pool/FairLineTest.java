package dev.chainrule.training.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The line groups take turns in: who goes next, the order it would serve, and the shares groups get. */
class FairLineTest {
    private static final Share CLASS = new Share("class:12", false);
    private static final Share OUTSIDER = new Share("account:7", false);
    private static final Share DEMONSTRATION = new Share("class:12", true);

    private final FairLine<String> line = new FairLine<>();

    @Test
    void anOutsiderJoiningAfterAClassGoesSecondNotLast() {
        for (int i = 1; i <= 10; i++) {
            line.add("student " + i, CLASS);
        }
        line.add("outsider", OUTSIDER);

        assertThat(line.order()).startsWith("student 1", "outsider", "student 2", "student 3").hasSize(11);
        assertThat(line.placeOf("outsider")).hasValue(2);
        assertThat(line.placeOf("student 2")).hasValue(3);
        assertThat(line.placeOf("student 10")).hasValue(11);
    }

    @Test
    void theGroupServedLongestAgoGoesNext() {
        line.add("a1", CLASS);
        line.add("b1", OUTSIDER);
        line.add("a2", CLASS);
        assertThat(line.serveNext()).isEqualTo("a1");
        // the outsider's group has not been served yet: it goes before the class again
        assertThat(line.next()).isEqualTo("b1");
        line.add("b2", OUTSIDER);
        assertThat(line.order()).containsExactly("b1", "a2", "b2");
        assertThat(line.serveNext()).isEqualTo("b1");
        assertThat(line.serveNext()).isEqualTo("a2");
        assertThat(line.serveNext()).isEqualTo("b2");
        assertThat(line.serveNext()).isNull();
        assertThat(line.isEmpty()).isTrue();
    }

    @Test
    void aGroupNotYetServedGoesBeforeOnesThatWereAndTheOrderPredictsTheService() {
        line.add("a1", CLASS);
        line.add("a2", CLASS);
        line.serveNext();
        line.add("b1", OUTSIDER);
        Share third = new Share("class:13", false);
        line.add("c1", third);
        line.add("c2", third);
        List<String> predicted = line.order();
        assertThat(predicted).containsExactly("b1", "c1", "a2", "c2");

        List<String> served = new ArrayList<>();
        while (!line.isEmpty()) {
            served.add(line.serveNext());
        }
        assertThat(served).isEqualTo(predicted);
    }

    @Test
    void priorityGoesFirstInOrderOfArrivalWithoutSpendingItsGroupsTurn() {
        line.add("student 1", CLASS);
        line.add("outsider", OUTSIDER);
        line.add("demo 1", DEMONSTRATION);
        line.add("demo 2", DEMONSTRATION);

        assertThat(line.order()).containsExactly("demo 1", "demo 2", "student 1", "outsider");
        assertThat(line.placeOf("student 1")).hasValue(3);
        assertThat(line.serveNext()).isEqualTo("demo 1");
        assertThat(line.serveNext()).isEqualTo("demo 2");
        // the class's demonstrations did not use up the class's turn
        assertThat(line.serveNext()).isEqualTo("student 1");
    }

    @Test
    void oneWhoGivesUpWaitingLeavesTheLineAndTheOthersMoveUp() {
        line.add("a1", CLASS);
        line.add("a2", CLASS);
        line.add("b1", OUTSIDER);
        assertThat(line.placeOf("a2")).hasValue(3);

        assertThat(line.remove("a1")).isTrue();
        assertThat(line.remove("a1")).isFalse();
        assertThat(line.placeOf("a1")).isEmpty();
        // neither group has been served: the class's oldest waiting item came first
        assertThat(line.placeOf("a2")).hasValue(1);
        assertThat(line.placeOf("b1")).hasValue(2);
        assertThat(line.size()).isEqualTo(2);
    }

    /** CPU turns: a run that has had its slice joins the line again; counted turns show each group's share. */
    @Test
    void eightRunsOfAClassAndOneOutsiderShareTheTurnsHalfAndHalf() {
        for (int i = 1; i <= 8; i++) {
            line.add("student " + i, CLASS);
        }
        line.add("outsider", OUTSIDER);
        Map<String, Integer> turns = new HashMap<>();
        List<String> classOrder = new ArrayList<>();
        for (int turn = 0; turn < 1_000; turn++) {
            String holder = line.serveNext();
            turns.merge(holder, 1, Integer::sum);
            if (!holder.equals("outsider")) {
                classOrder.add(holder);
            }
            line.add(holder, holder.equals("outsider") ? OUTSIDER : CLASS);
        }

        assertThat(turns.get("outsider")).isEqualTo(500);
        // within the class, its runs take turns among themselves: 500 turns over 8 runs
        assertThat(turns).allSatisfy((run, count) -> {
            if (!run.equals("outsider")) {
                assertThat(count).isBetween(62, 63);
            }
        });
        assertThat(classOrder.subList(0, 9)).containsExactly("student 1", "student 2", "student 3", "student 4",
                "student 5", "student 6", "student 7", "student 8", "student 1");
    }
}

package dev.chainrule.ui.lab;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dnd.DragEndEvent;
import com.vaadin.flow.component.dnd.DragStartEvent;
import com.vaadin.flow.component.dnd.DropEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.LayerSpec;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A network builder alone on a mocked page (no application behind it: the builder needs none),
 * and drags as the browser reports them: dragstart on the source, drop on the target, dragend
 * on the source if it is still on the page.
 */
abstract class BuilderTesting {
    protected NetworkBuilder builder;

    @BeforeEach
    void openBuilder() {
        MockVaadin.setup();
        builder = new NetworkBuilder();
        UI.getCurrent().add(builder);
    }

    @AfterEach
    void closeBuilder() {
        MockVaadin.tearDown();
    }

    /** A drag from source let go on target. */
    static void drag(Component source, Component target) {
        ComponentUtil.fireEvent(source, new DragStartEvent<>(source, true));
        ComponentUtil.fireEvent(target, new DropEvent<>(target, true, "all"));
        if (source.isAttached()) { // the stack is drawn anew after a drop: a gone card's dragend never arrives
            ComponentUtil.fireEvent(source, new DragEndEvent<>(source, true, "move"));
        }
    }

    /** A drag from source let go where no drop place is: the browser reports dropEffect "none". */
    static void dragOut(Component source) {
        ComponentUtil.fireEvent(source, new DragStartEvent<>(source, true));
        ComponentUtil.fireEvent(source, new DragEndEvent<>(source, true, "none"));
    }

    static Div paletteCard(String kind) {
        return _get(Div.class, spec -> spec.withClasses("palette-card " + kind));
    }

    /** The card of hidden layer n (1 = first). */
    static LayerCard card(int n) {
        return _find(LayerCard.class).get(n - 1);
    }

    static Div half(int n, String side) {
        return _get(card(n), Div.class, spec -> spec.withClasses("drop-half " + side));
    }

    static Div endCard(String className) {
        return _get(Div.class, spec -> spec.withClasses("layer-end " + className));
    }

    static List<String> titles() {
        return _find(Span.class, spec -> spec.withClasses("layer-title")).stream().map(Span::getText).toList();
    }

    static String note() {
        return _get(Span.class, spec -> spec.withClasses("network-note")).getText();
    }

    static String summary() {
        return _get(Span.class, spec -> spec.withClasses("network-summary")).getText();
    }

    @SuppressWarnings("unchecked")
    static Select<Activation> activation(int n) {
        return _get(card(n), Select.class, spec -> spec.withLabel("Activation"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void choose(Select<Activation> select, Activation a) {
        _setValue((HasValue) select, a);
    }

    List<LayerSpec> layers() {
        return builder.hiddenLayers().orElseThrow();
    }
}

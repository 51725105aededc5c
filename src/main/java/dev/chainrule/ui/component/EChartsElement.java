package dev.chainrule.ui.component;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import java.io.Serializable;

/**
 * Base of the chart elements: plain custom elements (src/main/resources/META-INF/resources/js)
 * that draw with Apache ECharts from its WebJar. Java validates and sends JSON; the browser draws.
 * Public so that a page's own chart (ui.compare's) stands on the same base as the shared ones.
 */
public abstract class EChartsElement extends Component implements HasSize {
    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Calls a method of the element. The script may still be loading when the first call
     * arrives, so each call waits for the element's definition; calls keep their order.
     */
    protected void call(String method, Serializable... args) {
        String tag = getClass().getAnnotation(Tag.class).value();
        StringBuilder params = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            params.append(i == 0 ? "" : ", ").append('$').append(i);
        }
        getElement().executeJs("customElements.whenDefined('" + tag + "').then(() => this." + method
                + "(" + params + "))", args);
    }
}

package dev.chainrule.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Push without the client's debug log. Vaadin's client sets Atmosphere's {@code logLevel} to {@code debug}
 * unconditionally, so every push frame (ten a second while a run trains) is written to the browser's console:
 * measured in the Lab at full speed, that logging took about as much of the page's time as ECharts' busiest function. A
 * push parameter set on the UI overrides the client's default; warnings and errors are still logged.
 */
@Component
class QuietPush implements VaadinServiceInitListener {
    /** Atmosphere's log level for the pages: {@code info} drops its per-message {@code debug} lines. */
    static final String LOG_LEVEL = "info";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().getPushConfiguration().setParameter("logLevel", LOG_LEVEL));
    }
}

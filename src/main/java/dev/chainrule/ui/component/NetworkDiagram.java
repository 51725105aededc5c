package dev.chainrule.ui.component;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import dev.chainrule.engine.Finite;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.engine.spec.NetworkSpec;
import java.util.List;

/**
 * The network as neurons and connections. After {@link #setWeights}, a connection's colour
 * shows the sign of its weight and its width the size; wide layers are drawn collapsed.
 */
@Tag("chainrule-network")
@JavaScript("context://webjars/echarts/dist/echarts.min.js")
@JavaScript("context://js/chainrule-echarts-element.js")
@JavaScript("context://js/chainrule-network.js")
public class NetworkDiagram extends EChartsElement {
    private NetworkSpec network;

    public NetworkDiagram() {
        setWidthFull();
        setHeight("260px");
    }

    public void setNetwork(NetworkSpec network) {
        this.network = network;
        ArrayNode layers = JSON.createArrayNode();
        layers.addObject().put("label", "input").put("units", network.inputs());
        List<DenseSpec> dense = network.denseLayers();
        for (int i = 0; i < dense.size(); i++) {
            layers.addObject().put("label", i == dense.size() - 1 ? "output" : dense.get(i).activation().id())
                    .put("units", dense.get(i).units());
        }
        call("setLayers", layers.toString());
    }

    /** One entry per dense layer, shaped like the network set before. */
    public void setWeights(List<DenseWeights> weights) {
        if (network == null || weights.size() != network.denseLayers().size()) {
            throw new IllegalArgumentException("weights must have one entry per dense layer of the diagram's network");
        }
        ArrayNode layers = JSON.createArrayNode();
        for (DenseWeights w : weights) {
            ArrayNode matrix = layers.addObject().putArray("W");
            for (double[] row : w.W()) {
                ArrayNode r = matrix.addArray();
                for (double v : row) {
                    r.add(Finite.orZero(v));
                }
            }
        }
        call("setWeights", layers.toString());
    }
}

package dev.chainrule.ui.component;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.training.DiagramWeights;
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
        // the server decides which layers are drawn as one node (DiagramWeights), the browser follows
        layers.addObject().put("label", "input").put("units", network.inputs())
                .put("drawn", DiagramWeights.drawnUnits(network.inputs()));
        List<DenseSpec> dense = network.denseLayers();
        for (int i = 0; i < dense.size(); i++) {
            int units = dense.get(i).units();
            layers.addObject().put("label", i == dense.size() - 1 ? "output" : dense.get(i).activation().id())
                    .put("units", units).put("drawn", DiagramWeights.drawnUnits(units));
        }
        call("setLayers", layers.toString());
    }

    /**
     * One entry per dense layer, shaped like the network set before. What is sent is bounded by the
     * drawing (at most 16 × 16 numbers a layer), not by the size of the network.
     */
    public void setWeights(DiagramWeights weights) {
        if (network == null || weights.layers().size() != network.denseLayers().size()) {
            throw new IllegalArgumentException("weights must have one entry per dense layer of the diagram's network");
        }
        call("setWeights", payload(weights));
    }

    /** [{W: [[..]], maxAbs}], one per dense layer: W between drawn neurons, maxAbs of the whole layer. */
    static String payload(DiagramWeights weights) {
        ArrayNode layers = JSON.createArrayNode();
        for (DiagramWeights.Layer layer : weights.layers()) {
            ObjectNode node = layers.addObject();
            ArrayNode matrix = node.putArray("W");
            for (double[] row : layer.W()) {
                ArrayNode r = matrix.addArray();
                for (double v : row) {
                    r.add(v);
                }
            }
            node.put("maxAbs", layer.maxAbs());
        }
        return layers.toString();
    }
}

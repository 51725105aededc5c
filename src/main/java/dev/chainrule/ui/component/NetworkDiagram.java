package dev.chainrule.ui.component;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.training.DiagramWeights;
import dev.chainrule.training.NeuronPictures;
import java.util.Base64;
import java.util.List;

/**
 * The network as neurons and connections. After {@link #setWeights}, a connection's colour
 * shows the sign of its weight and its width the size within its layer (hovering one tells its
 * weight); wide layers are drawn collapsed. After {@link #setPictures}, each drawn neuron of a 2-D
 * run is a small heat map of its output over the input plane.
 */
@Tag("chainrule-network")
@JavaScript("context://webjars/echarts/dist/echarts.min.js")
@JavaScript("context://js/chainrule-echarts-element.js")
@JavaScript("context://js/chainrule-network.js")
public class NetworkDiagram extends EChartsElement {
    private NetworkSpec network;
    private Highlight highlighted;

    /**
     * Neurons and connections drawn marked, the rest faded: what a step-through explains. A neuron is
     * its column (0 the inputs) and unit; a connection goes from unit {@code from} of column {@code column}
     * to unit {@code to} of the next column (all from 0).
     */
    public record Highlight(List<Neuron> neurons, List<Connection> connections) {
        public Highlight {
            neurons = List.copyOf(neurons);
            connections = List.copyOf(connections);
        }

        public record Neuron(int column, int unit) {
        }

        public record Connection(int column, int from, int to) {
        }
    }

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

    /** Marks these neurons and connections (null: none, every part drawn as usual). */
    public void highlight(Highlight highlight) {
        this.highlighted = highlight;
        ObjectNode node = JSON.createObjectNode();
        ArrayNode neurons = node.putArray("neurons");
        ArrayNode connections = node.putArray("connections");
        if (highlight != null) {
            highlight.neurons().forEach(n -> neurons.addArray().add(n.column()).add(n.unit()));
            highlight.connections().forEach(c -> connections.addArray().add(c.column()).add(c.from()).add(c.to()));
        }
        call("setHighlight", highlight == null ? "null" : node.toString());
    }

    /** What is marked now, or null. */
    public Highlight highlighted() {
        return highlighted;
    }

    /**
     * Each drawn neuron's picture (null: none, the neurons are circles again). At most
     * {@link NeuronPictures#MAX_PICTURES} pictures of 21 × 21 shades, sent as Base64: under 38,500
     * characters at most, about 10,000 for a 2-8-8-1 network, once a second while a run trains.
     */
    public void setPictures(NeuronPictures pictures) {
        call("setPictures", pictures == null ? "null" : picturesPayload(pictures));
    }

    /** {size, layers: [{lo, hi, pictures: [Base64 of size² shades, one per drawn unit]}]}, one per dense layer. */
    static String picturesPayload(NeuronPictures pictures) {
        ObjectNode node = JSON.createObjectNode().put("size", pictures.size()).put("shades", NeuronPictures.SHADES);
        ArrayNode layers = node.putArray("layers");
        for (NeuronPictures.Layer layer : pictures.layers()) {
            ArrayNode units = layers.addObject().put("lo", layer.lo()).put("hi", layer.hi()).putArray("pictures");
            for (byte[] shades : layer.pictures()) {
                units.add(Base64.getEncoder().encodeToString(shades));
            }
        }
        return node.toString();
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

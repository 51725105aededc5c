/*
 * <chainrule-network>: the network diagram, drawn by ECharts as a graph with fixed positions.
 * Neurons are circles in columns; a connection's colour is the sign of its weight (orange
 * positive, blue negative) and its width the magnitude. A wide layer is drawn as one node
 * ("128 units") so that big networks stay readable (the server says which: each layer's `drawn`
 * node count, DiagramWeights.drawnUnits); the server sends only the weights
 * of drawn connections (a collapsed node's block averaged: DiagramWeights.java), so what comes over
 * the wire stays small whatever the network's size.
 */
class ChainruleNetwork extends ChainruleEChartsElement {
  // the neurons' positions follow the element's size
  _resized() {
    super._resized();
    this._render();
  }

  /** layers: [{label, units, drawn}] from input to output; drawn is 1 for a layer shown as one node. */
  setLayers(json) {
    this._layers = JSON.parse(json);
    this._weights = null;
    this._render();
  }

  /**
   * weights: [{W: [[..]], maxAbs}] one per dense layer. W is drawn inputs × drawn units (a collapsed
   * layer counts one: its entry is the mean of the block it hides); maxAbs is the layer's largest |weight|.
   */
  setWeights(json) {
    this._weights = JSON.parse(json);
    this._render();
  }

  _draw() {
    if (!this._layers) return;
    const width = this.clientWidth || 600, height = this.clientHeight || 300;
    const cols = this._layers.length, nodes = [], edges = [];
    const xOf = i => 60 + i * (width - 120) / Math.max(1, cols - 1);
    const shown = this._layers.map(l => l.drawn);
    this._layers.forEach((layer, i) => {
      const n = shown[i];
      for (let k = 0; k < n; k++) {
        const y = height / 2 + (k - (n - 1) / 2) * Math.min(40, (height - 60) / Math.max(1, n));
        const collapsed = layer.drawn !== layer.units;
        nodes.push({
          name: i + ':' + k, x: xOf(i), y,
          symbolSize: collapsed ? 34 : 16,
          label: { show: collapsed || k === 0, position: collapsed ? 'inside' : 'top',
                   formatter: collapsed ? String(layer.units) : layer.label, fontSize: 11 },
          itemStyle: { color: i === 0 ? '#868e96' : (i === cols - 1 ? '#1971c2' : '#495057') }
        });
      }
    });
    const maxAbs = this._maxAbs();
    for (let i = 0; i + 1 < cols; i++) {
      const w = this._weights ? this._weights[i] : null;
      for (let a = 0; a < shown[i]; a++) {
        for (let b = 0; b < shown[i + 1]; b++) {
          const value = w ? this._weightFor(w, a, b) : 0;
          const strength = w && maxAbs > 0 ? Math.abs(value) / maxAbs : 0.15;
          edges.push({
            source: i + ':' + a, target: (i + 1) + ':' + b, value,
            lineStyle: { width: 0.5 + 4 * strength, opacity: 0.25 + 0.7 * strength,
                         color: !w ? '#adb5bd' : value >= 0 ? '#f08c00' : '#1c7ed6' }
          });
        }
      }
    }
    this._chart.setOption({
      animation: false,
      tooltip: { formatter: p => p.dataType === 'edge' ? 'weight ' + Number(p.data.value).toFixed(4) : '' },
      series: [{ type: 'graph', layout: 'none', data: nodes, edges, roam: false,
                 emphasis: { focus: 'adjacency' }, lineStyle: { curveness: 0 } }]
    }, true);
  }

  // A collapsed side stands for many units: the server sent the mean weight of the block it hides.
  _weightFor(w, a, b) {
    const row = w.W[a];
    return row && row[b] !== undefined ? row[b] : 0;
  }

  _maxAbs() {
    if (!this._weights) return 0;
    return this._weights.reduce((max, l) => Math.max(max, l.maxAbs || 0), 0);
  }
}

if (!customElements.get('chainrule-network')) customElements.define('chainrule-network', ChainruleNetwork);

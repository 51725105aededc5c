/*
 * <chainrule-network>: the network diagram, drawn by ECharts as a graph with fixed positions.
 * Neurons are circles in columns; a connection's colour is the sign of its weight (orange
 * positive, blue negative) and its width the magnitude. Layers wider than MAX_DRAWN are drawn
 * as one node ("128 units") so that big networks stay readable.
 */
const MAX_DRAWN = 16;

class ChainruleNetwork extends ChainruleEChartsElement {
  // the neurons' positions follow the element's size
  _resized() {
    super._resized();
    this._render();
  }

  /** layers: [{label, units}] from input to output. */
  setLayers(json) {
    this._layers = JSON.parse(json);
    this._weights = null;
    this._render();
  }

  /** weights: [{W: [[..]], b: [..]}] one per dense layer, W inputs × units. */
  setWeights(json) {
    this._weights = JSON.parse(json);
    this._render();
  }

  _draw() {
    if (!this._layers) return;
    const width = this.clientWidth || 600, height = this.clientHeight || 300;
    const cols = this._layers.length, nodes = [], edges = [];
    const xOf = i => 60 + i * (width - 120) / Math.max(1, cols - 1);
    const shown = this._layers.map(l => l.units > MAX_DRAWN ? 1 : l.units);
    this._layers.forEach((layer, i) => {
      const n = shown[i];
      for (let k = 0; k < n; k++) {
        const y = height / 2 + (k - (n - 1) / 2) * Math.min(40, (height - 60) / Math.max(1, n));
        const collapsed = layer.units > MAX_DRAWN;
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
          const value = w ? this._weightFor(w, a, b, shown[i] !== this._layers[i].units, shown[i + 1] !== this._layers[i + 1].units) : 0;
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

  // A collapsed side stands for many units: show the mean weight of the block it hides.
  _weightFor(w, a, b, fromCollapsed, toCollapsed) {
    if (!fromCollapsed && !toCollapsed) return w.W[a][b];
    let sum = 0, count = 0;
    const rows = fromCollapsed ? w.W.map((_, r) => r) : [a];
    rows.forEach(r => {
      const cols = toCollapsed ? w.W[r].map((_, c) => c) : [b];
      cols.forEach(c => { sum += w.W[r][c]; count++; });
    });
    return count ? sum / count : 0;
  }

  _maxAbs() {
    if (!this._weights) return 0;
    let max = 0;
    this._weights.forEach(l => l.W.forEach(row => row.forEach(v => { if (Math.abs(v) > max) max = Math.abs(v); })));
    return max;
  }
}

if (!customElements.get('chainrule-network')) customElements.define('chainrule-network', ChainruleNetwork);

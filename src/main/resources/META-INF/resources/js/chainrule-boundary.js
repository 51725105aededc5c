/*
 * <chainrule-boundary>: the decision boundary of a 2-feature network. A heat map of the
 * network's output over a grid, with the data points on top, coloured by their class.
 */
const CLASS_COLORS = ['#1c7ed6', '#f08c00', '#2f9e44', '#e03131', '#7048e8', '#0c8599', '#d6336c', '#5c940d', '#862e9c', '#e8590c'];

class ChainruleBoundary extends HTMLElement {
  connectedCallback() {
    if (!this.style.display) this.style.display = 'block';
    if (!this._chart) {
      this._chart = echarts.init(this, null, { renderer: 'canvas' });
      new ResizeObserver(() => this._chart.resize()).observe(this);
      this._render();
    }
  }

  /** points: {x: [..], y: [..], label: [..]}; labels are class indices (or values for regression). */
  setPoints(json) {
    this._points = JSON.parse(json);
    this._render();
  }

  /** grid: {xMin, xMax, yMin, yMax, size, values, mode: 'probability'|'class'|'value', classes} */
  setGrid(json) {
    this._grid = JSON.parse(json);
    this._render();
  }

  /** Number of grid updates received (used by browser tests). */
  gridUpdates() {
    return this._updates || 0;
  }

  // Coalesce updates into one render per frame: a busy browser would otherwise queue them up.
  _render() {
    if (this._frame) return;
    this._frame = requestAnimationFrame(() => {
      this._frame = null;
      this._draw();
    });
  }

  _draw() {
    if (!this._chart) return;
    const g = this._grid, series = [];
    if (g) {
      this._updates = (this._updates || 0) + 1;
      const data = [];
      for (let r = 0; r < g.size; r++) for (let c = 0; c < g.size; c++) data.push([c, r, g.values[r * g.size + c]]);
      series.push({ type: 'heatmap', data, xAxisIndex: 1, yAxisIndex: 1, silent: true, progressive: 0 });
    }
    if (this._points) {
      const p = this._points;
      series.push({
        type: 'scatter', symbolSize: 5, xAxisIndex: 0, yAxisIndex: 0,
        data: p.x.map((x, i) => ({ value: [x, p.y[i]], itemStyle: { color: this._pointColor(p.label[i]), borderColor: '#fff', borderWidth: 0.5 } }))
      });
    }
    const range = g || this._pointRange();
    const visual = !g ? [] : [g.mode === 'class'
      ? { show: false, type: 'piecewise', seriesIndex: 0, pieces: CLASS_COLORS.slice(0, g.classes).map((c, k) => ({ value: k, color: c + '55' })) }
      : { show: false, type: 'continuous', seriesIndex: 0, min: g.mode === 'probability' ? 0 : Math.min(...g.values),
          max: g.mode === 'probability' ? 1 : Math.max(...g.values), inRange: { color: ['#a5d8ff', '#f8f9fa', '#ffd8a8'] } }];
    this._chart.setOption({
      animation: false,
      grid: { left: 40, right: 16, top: 16, bottom: 32 },
      visualMap: visual,
      xAxis: [{ type: 'value', min: range ? range.xMin : null, max: range ? range.xMax : null, splitLine: { show: false },
                axisLabel: { formatter: v => +v.toFixed(2) } },
              { type: 'category', show: false, data: g ? [...Array(g.size).keys()] : [] }],
      yAxis: [{ type: 'value', min: range ? range.yMin : null, max: range ? range.yMax : null, splitLine: { show: false },
                axisLabel: { formatter: v => +v.toFixed(2) } },
              { type: 'category', show: false, data: g ? [...Array(g.size).keys()] : [] }],
      series
    }, true);
  }

  _pointColor(label) {
    if (this._points.mode === 'value') return '#495057';
    return CLASS_COLORS[label % CLASS_COLORS.length];
  }

  _pointRange() {
    if (!this._points || !this._points.x.length) return null;
    const p = this._points;
    return { xMin: Math.min(...p.x), xMax: Math.max(...p.x), yMin: Math.min(...p.y), yMax: Math.max(...p.y) };
  }
}

if (!customElements.get('chainrule-boundary')) customElements.define('chainrule-boundary', ChainruleBoundary);

/*
 * <chainrule-boundary>: the decision boundary of a 2-feature network. A heat map of the
 * network's output over a grid, with the data points on top, coloured by their class; the validation
 * points, when shown, as rings. Two switches redraw what the element holds: validation points shown
 * or not, and the output discretized (hard classes) or as a gradient.
 */
const CLASS_COLORS = ['#1c7ed6', '#f08c00', '#2f9e44', '#e03131', '#7048e8', '#0c8599', '#d6336c', '#5c940d', '#862e9c', '#e8590c'];

// The plot area inside the element (ECharts' grid), where the heat map is laid under the points.
const BOUNDARY_GRID = { left: 40, right: 16, top: 16, bottom: 32 };
// The range ends where the data (plus a margin) ends, at odd values such as 4.33: only the round
// ticks inside are labelled, so an end label never sits on top of its neighbour.
// the darkest shade the server sends for a probability or a regression's value (BoundaryChart.SHADES)
const BOUNDARY_SHADES = 1000;
const BOUNDARY_AXIS_LABEL = { formatter: v => +v.toFixed(2), showMinLabel: false, showMaxLabel: false };

/*
 * The heat map changes a few times a second while the axes and the points stay: it is a
 * size × size image on a canvas of its own, scaled by the browser under ECharts' transparent
 * plot (well under a millisecond), while ECharts redraws only when the points or the range change.
 */
class ChainruleBoundary extends ChainruleEChartsElement {
  // ECharts empties its container (and dispose() empties it again), so the heat canvas is added
  // after the chart, on every attach, stacked beneath ECharts' layer
  _chartCreated() {
    this.style.position = 'relative';
    this.firstElementChild.style.zIndex = '1';
    this._heat = document.createElement('canvas');
    Object.assign(this._heat.style, {
      position: 'absolute', left: BOUNDARY_GRID.left + 'px', top: BOUNDARY_GRID.top + 'px', zIndex: '0',
      width: `calc(100% - ${BOUNDARY_GRID.left + BOUNDARY_GRID.right}px)`,
      height: `calc(100% - ${BOUNDARY_GRID.top + BOUNDARY_GRID.bottom}px)`, imageRendering: 'pixelated'
    });
    this.appendChild(this._heat);
    this._axesDrawn = null;
  }

  _chartDisposed() {
    this._heat.remove();
    this._heat = null;
  }

  /**
   * points: {mode, x: [..], y: [..], label: [..]} and, optionally, xMin, xMax, yMin, yMax: the range of all
   * the data when x/y hold a sample of it. Labels are class indices (or values for regression).
   */
  setPoints(json) {
    // the Lab sends the same points again when a run starts on the data already shown: nothing to redraw
    if (json === this._pointsJson) return;
    this._pointsJson = json;
    this._points = JSON.parse(json);
    this._axesDrawn = null;
    this._render();
  }

  /** Validation points, as setPoints' (a sample of them), held here and drawn as rings while shown. */
  setValidationPoints(json) {
    if (json === this._validationJson) return;
    this._validationJson = json;
    this._validation = JSON.parse(json);
    this._axesDrawn = null;
    this._render();
  }

  /** Shows or hides the validation points held (a switch beside the chart: nothing is asked of the server). */
  showValidation(shown) {
    this._validationShown = shown;
    this._axesDrawn = null;
    this._render();
  }

  /** The output in hard classes instead of a gradient (a switch beside the chart: the picture held is drawn again). */
  setDiscrete(discrete) {
    this._discrete = discrete;
    this._render();
  }

  /** Number of validation points drawn now: 0 while hidden (used by browser tests). */
  validationShown() {
    return this._validationShown && this._validation ? this._validation.x.length : 0;
  }

  /** Number of distinct colours in the heat map as drawn (used by browser tests). */
  heatColours() {
    if (!this._heat || !this._heat.width) return 0;
    const data = this._heat.getContext('2d').getImageData(0, 0, this._heat.width, this._heat.height).data;
    const colours = new Set();
    for (let i = 0; i < data.length; i += 4) colours.add(data[i] + ',' + data[i + 1] + ',' + data[i + 2] + ',' + data[i + 3]);
    return colours.size;
  }

  /**
   * grid: {xMin, xMax, yMin, yMax, size, values, mode: 'probability'|'class'|'value'}; values are class
   * indices ('class'), else shades from 0 to BOUNDARY_SHADES (the server's BoundaryChart.shades).
   */
  setGrid(json) {
    this._grid = JSON.parse(json);
    this._gridFresh = true;
    this._render();
  }

  /** Number of grid updates drawn (used by browser tests); several arriving within one frame are drawn once. */
  gridUpdates() {
    return this._updates || 0;
  }

  /** Number of points held (used by browser tests); 0 when none. */
  pointCount() {
    return this._points ? this._points.x.length : 0;
  }

  _draw() {
    const g = this._grid;
    const range = g || this._pointRange();
    const key = range ? [range.xMin, range.xMax, range.yMin, range.yMax].join() : '';
    if (this._axesDrawn !== key) {
      this._axesDrawn = key;
      this._drawAxesAndPoints(range);
    }
    if (g) {
      if (this._gridFresh) this._updates = (this._updates || 0) + 1;
      this._gridFresh = false;
      this._drawHeat(g);
    }
  }

  _drawAxesAndPoints(range) {
    const series = [];
    if (this._points) {
      series.push(...this._scatter(this._points, (color) => ({ color, borderColor: '#fff', borderWidth: 0.5 }), 5));
    }
    if (this._validation && this._validationShown) {
      series.push(...this._scatter(this._validation, (color) => ({ color: 'rgba(0,0,0,0)', borderColor: color, borderWidth: 1.5 }), 6));
    }
    this._chart.setOption({
      animation: false,
      grid: BOUNDARY_GRID,
      xAxis: { type: 'value', min: range ? range.xMin : null, max: range ? range.xMax : null, splitLine: { show: false },
               axisLine: { onZero: false }, axisLabel: BOUNDARY_AXIS_LABEL },
      yAxis: { type: 'value', min: range ? range.yMin : null, max: range ? range.yMax : null, splitLine: { show: false },
               axisLine: { onZero: false }, axisLabel: BOUNDARY_AXIS_LABEL },
      series
    }, true);
  }

  /*
   * Points as one scatter series per colour, each drawn as one path (ECharts' large mode): a thousand points,
   * each with a style of its own, took a quarter of a second of the page to draw whenever a run started; the
   * colour and the ring are each colour's, so the picture is the same.
   */
  _scatter(points, style, size) {
    const byColor = new Map();
    points.x.forEach((x, i) => {
      const color = this._pointColor(points.label[i]);
      if (!byColor.has(color)) byColor.set(color, []);
      byColor.get(color).push([x, points.y[i]]);
    });
    return [...byColor].map(([color, data]) => ({
      type: 'scatter', symbolSize: size, silent: true, large: true, largeThreshold: 0, itemStyle: style(color), data
    }));
  }

  // One pixel per grid cell; row 0 of the grid is the bottom (smallest y), the canvas' top row is the largest y.
  _drawHeat(g) {
    const canvas = this._heat;
    if (canvas.width !== g.size || canvas.height !== g.size) {
      canvas.width = g.size;
      canvas.height = g.size;
    }
    const context = canvas.getContext('2d');
    const image = context.createImageData(g.size, g.size);
    for (let r = 0; r < g.size; r++) {
      for (let c = 0; c < g.size; c++) {
        const v = g.values[r * g.size + c];
        const rgba = g.mode === 'class' ? this._classColor(v) : ChainruleEChartsElement.rampColor(this._shade(v / BOUNDARY_SHADES, g.mode));
        image.data.set(rgba, ((g.size - 1 - r) * g.size + c) * 4);
      }
    }
    context.putImageData(image, 0, 0);
  }

  // discretized: a probability becomes the class it decides, a value one of five bands; else as it is
  _shade(t, mode) {
    if (!this._discrete || !Number.isFinite(t)) return t;
    return mode === 'probability' ? (t >= 0.5 ? 1 : 0) : Math.round(t * 4) / 4;
  }

  // a class's colour at a third of its strength, as the points are drawn over it
  _classColor(k) {
    if (!Number.isFinite(k)) return [0, 0, 0, 0];
    const hex = CLASS_COLORS[k % CLASS_COLORS.length];
    return [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16), 0x55];
  }

  _pointColor(label) {
    if (this._points.mode === 'value') return '#495057';
    return CLASS_COLORS[label % CLASS_COLORS.length];
  }

  // the range the server sent for all the data, else that of the points held
  _pointRange() {
    const p = this._points;
    if (!p) return null;
    if ([p.xMin, p.xMax, p.yMin, p.yMax].every(Number.isFinite)) {
      return { xMin: p.xMin, xMax: p.xMax, yMin: p.yMin, yMax: p.yMax };
    }
    const x = ChainruleEChartsElement.extent(p.x), y = ChainruleEChartsElement.extent(p.y);
    return x && y ? { xMin: x.min, xMax: x.max, yMin: y.min, yMax: y.max } : null;
  }
}

if (!customElements.get('chainrule-boundary')) customElements.define('chainrule-boundary', ChainruleBoundary);

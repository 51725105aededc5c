/*
 * <chainrule-chart>: a line chart drawn by Apache ECharts (loaded from its WebJar).
 * The Java side (dev.chainrule.ui.component.LineChart) validates and sends JSON; this element
 * only renders. Points are kept here so a resize or re-attach redraws everything (the chart's
 * life on the page is ChainruleEChartsElement's, chainrule-echarts-element.js).
 */
class ChainruleChart extends ChainruleEChartsElement {
  /** Redrawn with the presentation sizes' line width and font (see _style()). */
  static followsPresentation = true;

  constructor() {
    super();
    this._config = { xName: '', axes: [{ name: '', log: false }], series: [] };
    this._data = [];
    this._count = 0;
    this._ordered = true;
  }

  // drawn anew at its new width: the reduction to its pixel columns (see _drawn) depends on it
  _resized() {
    super._resized();
    this._render(false);
  }

  /** config: {xName, axes: [{name, log}], series: [{name, color, axis}]} */
  configure(json) {
    this._config = JSON.parse(json);
    this._data = this._config.series.map(() => []);
    this._count = 0;
    this._ordered = true;
    this._render(true);
  }

  /** points: {x: [..], y: [[series 0 values], [series 1 values], ..]}; null = no value. */
  appendPoints(json) {
    const points = JSON.parse(json);
    points.x.forEach((x, i) => {
      points.y.forEach((values, s) => {
        const data = this._data[s];
        if (values[i] === null || !data) return;
        if (data.length > 0 && x < data[data.length - 1][0]) this._ordered = false;
        data.push([x, values[i]]);
      });
    });
    this._count += points.x.length;
    this._render(false);
  }

  clear() {
    this._data = this._config.series.map(() => []);
    this._count = 0;
    this._ordered = true;
    this._render(false);
  }

  /** Fixes the x range (e.g. 1 to the planned epochs) so a curve visibly grows; null = fit the data. */
  setXRange(min, max) {
    this._config.xMin = min;
    this._config.xMax = max;
    this._render(true);
  }

  setLogScale(axis, log) {
    if (this._config.axes[axis]) this._config.axes[axis].log = log;
    this._render(true);
  }

  /** Number of x positions received (used by browser tests). */
  pointCount() {
    return this._count;
  }

  // Pushes can arrive faster than a busy browser paints: coalesce them into one render per frame,
  // and redraw a growing curve at most every MIN_DRAW_MS (new points are kept meanwhile): five
  // redraws a second look smooth and leave the student's computer free for the rest of the page.
  // A redraw costs ECharts about ten milliseconds whatever the points (it lays out and paints the whole
  // chart): where it takes longer (a slow computer, a busy one) the next waits DRAW_SHARE times as long as
  // this one took, so a live chart takes at most 1/DRAW_SHARE of the page's time (up to redraws of 40 ms: past
  // that, MAX_DRAW_MS still moves the curve once a second).
  // full: the axes or series changed (and on every attach), not only the points.
  _render(full) {
    this._fullPending = this._fullPending || full;
    if (this._frame || this._timer) return;
    const gap = Math.min(ChainruleChart.MAX_DRAW_MS,
      Math.max(ChainruleChart.MIN_DRAW_MS, ChainruleChart.DRAW_SHARE * (this._drawTook || 0)));
    const wait = this._fullPending ? 0 : (this._lastDraw || 0) + gap - performance.now();
    if (wait > 0) {
      this._later(() => this._render(false), wait);
      return;
    }
    this._requestFrame(() => {
      const fullNow = this._fullPending;
      this._fullPending = false;
      this._lastDraw = performance.now();
      this._draw(fullNow);
      if (!fullNow) this._drawTook = performance.now() - this._lastDraw; // a full draw's extra work happens once
    });
  }

  _draw(full) {
    const cfg = this._config;
    if (!full) {
      // only the points: axes, colours and line widths stay as the last full draw set them
      this._chart.setOption({ series: this._data.map(data => ({ data: this._drawn(data), sampling: this._sampling() })) });
      return;
    }
    const style = this._style();
    const series = cfg.series.map((s, i) => ({
      name: s.name, type: 'line', showSymbol: false, yAxisIndex: s.axis,
      data: this._drawn(this._data[i] || []), sampling: this._sampling(), lineStyle: { width: style.line, color: s.color }, itemStyle: { color: s.color },
      animation: false
    }));
    this._chart.setOption({
      animation: false,
      textStyle: { fontSize: style.font },
      grid: this._grid(),
      tooltip: {
        trigger: 'axis',
        // series and axis names are escaped; ECharts' marker (a coloured dot) is its own HTML
        formatter: ps => [].concat(ps).length === 0 ? '' : ChainruleEChartsElement.escapeHtml(cfg.xName + ' ' + [].concat(ps)[0].value[0])
          + [].concat(ps).map(p => '<br>' + p.marker + ChainruleEChartsElement.escapeHtml(p.seriesName) + ': '
          + ChainruleEChartsElement.escapeHtml(+Number(p.value[1]).toPrecision(6))).join('')
      },
      legend: { top: 4 },
      xAxis: { type: 'value', name: cfg.xName, nameLocation: 'middle', nameGap: 28, 
        min: cfg.xMin ?? 'dataMin', max: cfg.xMax ?? 'dataMax' },
      yAxis: cfg.axes.map((a, i) => ({
        type: a.log ? 'log' : 'value', name: a.name, position: i === 0 ? 'left' : 'right',
        scale: true, splitLine: { show: i === 0 }
      })),
      series
    }, true);
  }

  /*
   * What ECharts is given of a series: at most four points per pixel column of the plot, each column's first, lowest,
   * highest and last (in their order), which draw the very line all the points draw (a column's line runs from its
   * first point through its lowest and highest to its last, then on to the next column's first). A live curve of ten
   * thousand epochs is redrawn five times a second: ECharts copied, sampled and laid out every point each time, half a
   * second of the student's computer in a three-second run. The points kept are points received, so the tooltip
   * tells an epoch's own values. Points out of x order (never from the server's curves) are given as they are.
   */
  _drawn(data) {
    const range = this._xRange(), grid = this._grid();
    const columns = Math.floor((this._chart.getWidth() - grid.left - grid.right) * (window.devicePixelRatio || 1));
    if (!this._ordered || !range || columns < 1 || data.length <= 4 * columns) return data;
    const kept = [];
    const scale = columns / (range.max - range.min || 1);
    let column = NaN, first = 0, low = 0, high = 0, last = 0;
    const flush = () => {
      [first, low, high, last].sort((a, b) => a - b)
        .forEach((k, j, ks) => { if (j === 0 || k !== ks[j - 1]) kept.push(data[k]); });
    };
    for (let k = 0; k < data.length; k++) {
      const c = Math.floor((data[k][0] - range.min) * scale);
      if (c !== column) {
        if (k > 0) flush();
        column = c;
        first = low = high = last = k;
      } else {
        last = k;
        if (data[k][1] < data[low][1]) low = k;
        if (data[k][1] > data[high][1]) high = k;
      }
    }
    flush();
    return kept;
  }

  // ECharts' own sampling only for points out of order, which are not reduced here
  _sampling() {
    return this._ordered ? 'none' : 'lttb';
  }

  // the x range drawn: the one set, else that of the points (in order: a series' first and last)
  _xRange() {
    const cfg = this._config;
    let min = cfg.xMin ?? Infinity, max = cfg.xMax ?? -Infinity;
    if (cfg.xMin == null || cfg.xMax == null) {
      this._data.filter(d => d.length > 0).forEach(d => {
        if (cfg.xMin == null) min = Math.min(min, d[0][0]);
        if (cfg.xMax == null) max = Math.max(max, d[d.length - 1][0]);
      });
    }
    return min <= max ? { min, max } : null;
  }

  _grid() {
    return { left: 64, right: this._config.axes.length > 1 ? 64 : 24, top: 40, bottom: 48 };
  }
}

ChainruleChart.MIN_DRAW_MS = 200;
/** A live curve's redraws are at least this many times as far apart as the last one took: 1/DRAW_SHARE of the page's time. */
ChainruleChart.DRAW_SHARE = 25;
/** However slow the computer, a live curve is redrawn at least once a second. */
ChainruleChart.MAX_DRAW_MS = 1000;

if (!customElements.get('chainrule-chart')) {
  customElements.define('chainrule-chart', ChainruleChart);
}

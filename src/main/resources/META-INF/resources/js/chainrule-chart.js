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
  }

  /** config: {xName, axes: [{name, log}], series: [{name, color, axis}]} */
  configure(json) {
    this._config = JSON.parse(json);
    this._data = this._config.series.map(() => []);
    this._count = 0;
    this._render(true);
  }

  /** points: {x: [..], y: [[series 0 values], [series 1 values], ..]}; null = no value. */
  appendPoints(json) {
    const points = JSON.parse(json);
    points.x.forEach((x, i) => {
      points.y.forEach((values, s) => {
        if (values[i] !== null && this._data[s]) this._data[s].push([x, values[i]]);
      });
    });
    this._count += points.x.length;
    this._render(false);
  }

  clear() {
    this._data = this._config.series.map(() => []);
    this._count = 0;
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
  // full: the axes or series changed (and on every attach), not only the points.
  _render(full) {
    this._fullPending = this._fullPending || full;
    if (this._frame || this._timer) return;
    const wait = this._fullPending ? 0 : (this._lastDraw || 0) + ChainruleChart.MIN_DRAW_MS - performance.now();
    if (wait > 0) {
      this._later(() => this._render(false), wait);
      return;
    }
    this._requestFrame(() => {
      const fullNow = this._fullPending;
      this._fullPending = false;
      this._lastDraw = performance.now();
      this._draw(fullNow);
    });
  }

  _draw(full) {
    const cfg = this._config;
    if (!full) {
      // only the points: axes, colours and line widths stay as the last full draw set them
      this._chart.setOption({ series: this._data.map(data => ({ data })) });
      return;
    }
    const style = this._style();
    const series = cfg.series.map((s, i) => ({
      name: s.name, type: 'line', showSymbol: false, yAxisIndex: s.axis,
      data: this._data[i] || [], sampling: 'lttb', lineStyle: { width: style.line, color: s.color }, itemStyle: { color: s.color },
      animation: false
    }));
    this._chart.setOption({
      animation: false,
      textStyle: { fontSize: style.font },
      grid: { left: 64, right: cfg.axes.length > 1 ? 64 : 24, top: 40, bottom: 48 },
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
}

ChainruleChart.MIN_DRAW_MS = 200;

if (!customElements.get('chainrule-chart')) {
  customElements.define('chainrule-chart', ChainruleChart);
}

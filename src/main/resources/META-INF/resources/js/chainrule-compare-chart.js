/*
 * <chainrule-compare-chart>: one metric of several runs overlaid, drawn by Apache ECharts.
 * The Java side (dev.chainrule.ui.compare.CompareChart) checks and sends JSON; this element keeps
 * it and draws: per run its smoothed curve solid over its raw curve faint, or, for grouped runs,
 * each group's mean line over its min–max band. null is a gap. The chart's life on the page (one
 * draw per frame, dispose on detach, redraw on attach) is ChainruleEChartsElement's.
 *
 * Run labels are titles people typed: ECharts never receives them. Series carry ids made of keys,
 * and the tooltip formatter looks the label up and escapes it (the tooltip is HTML); the page keeps
 * the legend, so none is drawn here.
 */
class ChainruleCompareChart extends ChainruleEChartsElement {
  /** Redrawn with the presentation sizes' line width and font (see _style()). */
  static followsPresentation = true;

  constructor() {
    super();
    this._config = { xName: '', yName: '', log: false };
    this._runs = [];
    this._curves = new Map(); // key -> {x, raw, smoothed}: arrays of numbers or null
    this._bands = [];
    this._hidden = new Set();
    this._received = 0;
    this._changed = new Set(); // runs whose curves were set or grew since the last draw
  }

  /** config: {xName, yName, log} */
  configure(json) {
    this._config = JSON.parse(json);
    this._render(true);
  }

  setLogScale(log) {
    this._config.log = log;
    this._render(true);
  }

  /** runs: [{key, label, color}]; every curve held is let go. */
  setRuns(json) {
    this._runs = JSON.parse(json);
    this._curves = new Map(this._runs.map(r => [r.key, { x: [], raw: [], smoothed: null }]));
    this._received = 0;
    this._render(true);
  }

  /**
   * curves: [{key, x, raw, smoothed}], each replacing what its run had (all of a chart's runs come in one
   * call); smoothed is null when not smoothed: the run is then one solid line of its raw values. A curve
   * with the x values of an earlier one in the call has xOf: that curve's key, instead of x.
   */
  setCurves(json) {
    const xs = new Map(); // key -> x values as sent, for the curves that share them (xOf)
    for (const curve of JSON.parse(json)) {
      const x = curve.x || (xs.get(curve.xOf) || []).slice(); // a copy: a live run's x grows on its own
      if (curve.x) xs.set(curve.key, curve.x);
      if (!this._curves.has(curve.key)) continue;
      this._curves.set(curve.key, { x, raw: curve.raw, smoothed: curve.smoothed });
      this._changed.add(curve.key);
      this._received += x.length;
    }
    this._render(false);
  }

  /** points: {key, x, raw, smoothed}, the newest of a run still training. */
  appendPoints(json) {
    const points = JSON.parse(json);
    const curve = this._curves.get(points.key);
    if (!curve) return;
    // a loop, not push(...spread): a long delivery would overflow the argument stack
    for (let i = 0; i < points.x.length; i++) {
      curve.x.push(points.x[i]);
      curve.raw.push(points.raw[i]);
      if (curve.smoothed) curve.smoothed.push(points.smoothed[i]);
    }
    this._received += points.x.length;
    this._changed.add(points.key);
    this._render(false);
  }

  /** bands: [{key, label, color, x, mean, min, max}], drawn instead of the runs; [] draws the runs again. */
  setBands(json) {
    this._bands = JSON.parse(json);
    this._render(true);
  }

  /** keys: the runs or groups not to draw. */
  setHidden(json) {
    this._hidden = new Set(JSON.parse(json));
    this._render(true);
  }

  /** Saves the chart as drawn now: a PNG on white at twice the resolution, through a download link. */
  downloadPng(fileName) {
    if (!this._chart) return;
    this._cancelPending();
    this._fullPending = false;
    this._draw(true);
    const link = document.createElement('a');
    link.download = fileName;
    link.href = this._chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  // For browser tests: what the chart draws now, read back from ECharts.

  /** How many runs (or groups) are drawn: each is one solid line (counted as drawn: reading ECharts' option back copies every point). */
  seriesCount() {
    return this._chart ? this._lineCount || 0 : 0;
  }

  /** The y values of the solid line drawn for key (smoothed curve or group mean); null when not drawn. */
  drawnValues(key) {
    const line = this._drawnLines().find(s => s.id === 'line:' + key || s.id === 'mean:' + key);
    return line ? line.data.map(p => p[1]) : null;
  }

  /** The colours of the solid lines drawn, in drawing order. */
  colors() {
    return this._drawnLines().map(s => s.lineStyle.color);
  }

  /** The width of the solid lines drawn (the presentation sizes make them thicker); 0 when none is drawn. */
  lineWidth() {
    const line = this._drawnLines().find(s => /^(line|mean):/.test(s.id));
    return line ? line.lineStyle.width : 0;
  }

  /** How many points arrived since the runs were set. */
  pointCount() {
    return this._received;
  }

  _drawnLines() {
    if (!this._chart) return [];
    return (this._chart.getOption().series || []).filter(s => /^(line|mean):/.test(s.id));
  }

  // A change of what is drawn (runs, groups, hidden, scale, names, and every attach) is drawn on the
  // next frame; new points at most every MIN_DRAW_MS (kept meanwhile), so live runs pushing ten times
  // a second each cost the student's computer five redraws a second, not one per push.
  // A full draw draws the newest points too, so a timer that comes due after one has nothing to do
  // (a comparison's curves arrive right behind its runs: one draw, not a second of the same points).
  _render(full) {
    this._fullPending = this._fullPending || full;
    this._pointsPending = true;
    const draw = () => this._requestFrame(() => {
      if (!this._pointsPending) return;
      const fullNow = this._fullPending;
      this._fullPending = false;
      this._pointsPending = false;
      this._draw(fullNow);
    });
    if (full) draw(); else this._later(draw, ChainruleCompareChart.MIN_DRAW_MS);
  }

  _draw(full) {
    const changed = this._changed;
    this._changed = new Set();
    if (!full) {
      // only the runs whose curves changed, new data only (ids match what is drawn): ECharts leaves the others as they are,
      // so eight live runs among fifty cost eight lines' work, and the chart keeps its axes' set-up and hover
      if (this._bands.length > 0) return; // groups are drawn again whole, by Java, at most once a second
      const runs = this._runs.filter(r => changed.has(r.key) && !this._hidden.has(r.key));
      const series = this._seriesOf(runs).map(s => ({ id: s.id, data: s.data }));
      if (series.length > 0) this._chart.setOption({ series });
      return;
    }
    const series = this._bands.length > 0 ? this._bandSeries() : this._runSeries();
    this._lineCount = series.filter(s => /^(line|mean):/.test(s.id)).length;
    const cfg = this._config;
    const number = ChainruleCompareChart.number;
    const font = this._style().font;
    this._chart.setOption({
      animation: false,
      grid: { left: 16, right: 32, top: 36, bottom: 30, containLabel: true },
      tooltip: {
        trigger: 'axis',
        confine: true,
        // only the solid lines, each by its run's title (escaped) and value (6 significant digits); the faint
        // raw value beside it; ECharts' marker is its own HTML, coloured by a colour Java checked as hex
        formatter: params => {
          const lines = [].concat(params).filter(p => /^(line|mean):/.test(p.seriesId) && p.value[1] !== null);
          if (lines.length === 0) return '';
          const x = lines[0].value[0];
          const shown = lines.slice(0, ChainruleCompareChart.TOOLTIP_LINES);
          return ChainruleEChartsElement.escapeHtml(cfg.xName + ' ' + number(x))
            + shown.map(p => '<br>' + p.marker + ChainruleEChartsElement.escapeHtml(this._labelOf(p.seriesId) + ': '
              + this._valueText(p) + (p.value[0] === x ? '' : ' at ' + number(p.value[0])))).join('')
            + (lines.length > shown.length
              ? '<br>' + ChainruleEChartsElement.escapeHtml('… and ' + (lines.length - shown.length) + ' more') : '');
        }
      },
      xAxis: {
        type: 'value', name: cfg.xName, nameLocation: 'middle', nameGap: font + 14,
        nameTextStyle: { fontSize: font + 1, color: '#333' }, min: 'dataMin', max: 'dataMax',
        // the x axis stays at the bottom even when a curve dips below 0 (ECharts would draw it at y = 0)
        axisLine: { onZero: false }, axisLabel: { formatter: ChainruleCompareChart.axisNumber, fontSize: font },
        splitLine: { show: false }
      },
      yAxis: {
        type: cfg.log ? 'log' : 'value', name: cfg.yName + (cfg.log ? ' (log scale)' : ''), nameLocation: 'end',
        nameGap: 14, nameTextStyle: { fontSize: font + 1, color: '#333', align: 'left' }, scale: true,
        axisLabel: { formatter: ChainruleCompareChart.axisNumber, fontSize: font }
      },
      series
    }, true);
  }

  /** Per run not hidden: the raw curve faint and thin, then the smoothed curve solid above it (unsmoothed: one line). */
  _runSeries() {
    return this._seriesOf(this._runs.filter(r => !this._hidden.has(r.key)));
  }

  _seriesOf(runs) {
    const width = this._style().line;
    return runs.flatMap(run => {
      const curve = this._curves.get(run.key);
      const solid = this._line('line:' + run.key, run.color, this._points(curve.x, curve.smoothed || curve.raw), width);
      return curve.smoothed
        ? [this._line('raw:' + run.key, ChainruleCompareChart.faint(run.color), this._points(curve.x, curve.raw),
          Math.max(1, width / 2)), solid]
        : [solid];
    });
  }

  /** Per group not hidden: the min–max band, then the mean line above it. */
  _bandSeries() {
    const visible = this._bands.filter(b => !this._hidden.has(b.key));
    const width = this._style().line;
    return visible.flatMap(band => [this._band(band), this._line('mean:' + band.key, band.color, this._points(band.x, band.mean), width)]);
  }

  // silent: the tooltip follows the axis, not the lines, and lines that ignore the pointer draw
  // faster (fifty runs are a hundred lines of a thousand points)
  _line(id, color, data, width) {
    return {
      id, type: 'line', data, showSymbol: false, symbol: 'none', z: width, silent: true,
      lineStyle: { width, color }, itemStyle: { color }, emphasis: { disabled: true }, animation: false
    };
  }

  /**
   * One polygon per stretch of x where min and max are both known (a gap in either breaks the band,
   * as a gap breaks a line), drawn by a custom series so a log axis places its corners too.
   */
  _band(band) {
    const y = v => this._y(v);
    const stretches = [];
    let stretch = null;
    for (let i = 0; i < band.x.length; i++) {
      if (band.x[i] === null || y(band.min[i]) === null || y(band.max[i]) === null) {
        stretch = null;
        continue;
      }
      if (!stretch) stretches.push(stretch = []);
      stretch.push(i);
    }
    // each datum: [stretch, x from, x to, lowest, highest], so the axes' extent takes the band in
    const extent = ChainruleEChartsElement.extent;
    const data = stretches.map((s, k) => [k, band.x[s[0]], band.x[s[s.length - 1]],
      extent(s.map(i => band.min[i])).min, extent(s.map(i => band.max[i])).max]);
    return {
      id: 'band:' + band.key, type: 'custom', data, encode: { x: [1, 2], y: [3, 4] }, silent: true, z: 1,
      clip: true, animation: false,
      renderItem: (params, api) => {
        const s = stretches[params.dataIndex];
        const upper = s.map(i => api.coord([band.x[i], band.max[i]]));
        const lower = s.map(i => api.coord([band.x[i], band.min[i]])).reverse();
        return { type: 'polygon', shape: { points: upper.concat(lower) }, style: { fill: band.color, opacity: 0.2 } };
      }
    };
  }

  /** [x, y] per index, so a data index is the index into the arrays held; no x or no y is a gap. */
  _points(xs, ys) {
    const data = new Array(xs.length);
    for (let i = 0; i < xs.length; i++) data[i] = [xs[i], xs[i] === null ? null : this._y(ys[i])];
    return data;
  }

  /** A log axis cannot place 0 or less: such a value is a gap there. */
  _y(v) {
    return v === null || v === undefined || (this._config.log && v <= 0) ? null : v;
  }

  _labelOf(seriesId) {
    const key = seriesId.slice(seriesId.indexOf(':') + 1);
    const item = seriesId.startsWith('mean:') ? this._bands.find(b => b.key === key) : this._runs.find(r => r.key === key);
    return item ? item.label : key;
  }

  /** A run's smoothed value with its raw one when they differ; a group's mean with its range. */
  _valueText(p) {
    const number = ChainruleCompareChart.number;
    const key = p.seriesId.slice(p.seriesId.indexOf(':') + 1);
    if (p.seriesId.startsWith('mean:')) {
      const band = this._bands.find(b => b.key === key);
      const min = band.min[p.dataIndex], max = band.max[p.dataIndex];
      // a group of one run (or of runs that agree) has no range to tell
      return 'mean ' + number(p.value[1]) + (min === max ? '' : ' (min ' + number(min) + ', max ' + number(max) + ')');
    }
    const raw = this._curves.get(key).raw[p.dataIndex];
    return number(p.value[1]) + (raw === p.value[1] || raw === null ? '' : ' (raw ' + number(raw) + ')');
  }

  /**
   * The colour of a raw curve: the run's colour at 30% as an #rrggbbaa colour (Java sends #rgb or
   * #rrggbb), for a line's own opacity costs ECharts more to draw than a colour with alpha.
   */
  static faint(color) {
    const hex = color.length === 4 ? '#' + [...color.slice(1)].map(c => c + c).join('') : color;
    return hex + '4d';
  }

  /** A value to 6 significant digits, without trailing zeros; a dash when there is none. */
  static number(v) {
    return v === null || v === undefined ? '—' : String(+Number(v).toPrecision(6));
  }

  /** Axis labels: short (4 significant digits); millions and more as 1.2M. */
  static axisNumber(v) {
    return (Math.abs(v) >= 1e6 ? ChainruleCompareChart.COMPACT : ChainruleCompareChart.SHORT).format(v);
  }
}

ChainruleCompareChart.SHORT = new Intl.NumberFormat('en', { maximumSignificantDigits: 4 });
ChainruleCompareChart.COMPACT = new Intl.NumberFormat('en', { maximumSignificantDigits: 4, notation: 'compact' });

ChainruleCompareChart.MIN_DRAW_MS = 200;
// a tooltip over fifty runs would cover the chart: the first runs, then how many more
ChainruleCompareChart.TOOLTIP_LINES = 12;

if (!customElements.get('chainrule-compare-chart')) {
  customElements.define('chainrule-compare-chart', ChainruleCompareChart);
}

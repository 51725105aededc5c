/*
 * <chainrule-scatter>: a scatter plot of two columns, coloured by a third, drawn by Apache
 * ECharts (loaded from its WebJar). The Java side (dev.chainrule.ui.component.ScatterPlot)
 * samples, validates and sends JSON; this element only renders. Names come from uploaded files,
 * so they are drawn on the canvas or escaped, never inserted as HTML.
 */
const SCATTER_COLORS = ['#1c7ed6', '#f08c00', '#2f9e44', '#e03131', '#7048e8', '#0c8599', '#d6336c', '#5c940d', '#862e9c', '#e8590c'];

const scatterEscape = text => ChainruleEChartsElement.escapeHtml(text);

function scatterNumber(v) {
  return Number.isInteger(v) ? String(v) : (+v.toPrecision(4)).toString();
}

class ChainruleScatter extends ChainruleEChartsElement {
  /**
   * points: {xName, yName, colorName, x: [..], y: [..]} plus either
   * groups: [names] and group: [index into groups], or value: [numbers] for a continuous colour.
   */
  setPoints(json) {
    this._data = JSON.parse(json);
    this._render();
  }

  /** Number of points drawn (used by browser tests). */
  pointCount() {
    return this._data ? this._data.x.length : 0;
  }

  _draw() {
    const d = this._data;
    if (!d) {
      this._chart.clear();
      return;
    }
    const byGroup = Array.isArray(d.groups);
    const series = byGroup
      ? d.groups.map((name, k) => ({ name, type: 'scatter', symbolSize: 6, data: [],
          itemStyle: { color: SCATTER_COLORS[k % SCATTER_COLORS.length], opacity: 0.8 } }))
      : [{ name: d.colorName, type: 'scatter', symbolSize: 6, data: [], itemStyle: { opacity: 0.85 } }];
    d.x.forEach((x, i) => {
      if (byGroup) series[d.group[i]].data.push([x, d.y[i]]);
      else series[0].data.push([x, d.y[i], d.value[i]]);
    });
    const range = (byGroup ? null : ChainruleEChartsElement.extent(d.value)) || { min: 0, max: 0 };
    this._chart.setOption({
      animation: false,
      grid: { left: 56, right: byGroup ? 24 : 96, top: byGroup ? 48 : 24, bottom: 48 },
      legend: byGroup ? { type: 'scroll', top: 4 } : { show: false },
      visualMap: byGroup ? [] : [{
        type: 'continuous', dimension: 2, min: range.min, max: range.max,
        right: 8, top: 'middle', calculable: false, inRange: { color: ['#a5d8ff', '#1971c2', '#0b3d6e'] },
        text: [d.colorName + ' ' + scatterNumber(range.max), scatterNumber(range.min)]
      }],
      tooltip: {
        trigger: 'item',
        formatter: p => (byGroup ? scatterEscape(d.colorName) + ': ' + scatterEscape(p.seriesName)
                                 : scatterEscape(d.colorName) + ': ' + scatterNumber(p.value[2])) + '<br>'
          + scatterEscape(d.xName) + ': ' + scatterNumber(p.value[0]) + '<br>'
          + scatterEscape(d.yName) + ': ' + scatterNumber(p.value[1])
      },
      xAxis: { type: 'value', name: d.xName, nameLocation: 'middle', nameGap: 28, scale: true, axisLine: { onZero: false },
               axisLabel: { formatter: v => scatterNumber(v) } },
      yAxis: { type: 'value', name: d.yName, nameLocation: 'middle', nameGap: 40, scale: true, axisLine: { onZero: false },
               axisLabel: { formatter: v => scatterNumber(v) } },
      series
    }, true);
  }
}

if (!customElements.get('chainrule-scatter')) customElements.define('chainrule-scatter', ChainruleScatter);

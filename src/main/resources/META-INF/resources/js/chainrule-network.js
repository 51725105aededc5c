/*
 * <chainrule-network>: the network diagram, drawn by ECharts as a graph with fixed positions.
 * Neurons are circles in columns; a connection's colour is the sign of its weight (orange
 * positive, blue negative) and its width its magnitude against the largest |weight| of its layer
 * (written under each layer's connections). A wide layer is drawn as one node ("128 units") so that
 * big networks stay readable (the server says which: each layer's `drawn` node count,
 * DiagramWeights.drawnUnits); the server sends only the weights of drawn connections (a collapsed
 * node's block averaged: DiagramWeights.java), so what comes over the wire stays small whatever the
 * network's size.
 *
 * For 2-D data each drawn neuron is a small heat map of its output over the input plane
 * (NeuronPictures.java), in the boundary's colours: a canvas per neuron, drawn by ECharts as a
 * graphic image over the neuron's place, so a new picture costs no image decoding.
 * Hovering a connection tells its weight, in a tooltip made of text nodes.
 */
class ChainruleNetwork extends ChainruleEChartsElement {
  // a new chart (attached again) has no series yet to place the overlay by
  _chartCreated() {
    this._laidOut = null;
  }

  // the neurons' positions follow the element's size
  _resized() {
    super._resized();
    this._render();
  }

  /** layers: [{label, units, drawn}] from input to output; drawn is 1 for a layer shown as one node. */
  setLayers(json) {
    this._layers = JSON.parse(json);
    this._weights = null;
    this._pictures = null;
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

  /**
   * pictures: {size, shades, layers: [{lo, hi, pictures: [Base64]}]} one per dense layer, each picture
   * size × size shades (0..shades for lo..hi), row 0 the smallest y; or null for none. Painted here, once.
   */
  setPictures(json) {
    const p = JSON.parse(json);
    const before = this._pictures || [];
    // each neuron keeps its canvas, painted over: a new canvas and its context cost more than the painting
    this._pictures = p && p.layers.map((layer, l) => ({
      lo: layer.lo, hi: layer.hi,
      canvases: layer.pictures.map((b64, k) => this._paint(b64, p.size, p.shades, before[l] && before[l].canvases[k]))
    }));
    this._picturesPainted = (this._picturesPainted || 0) + 1;
    this._render();
  }

  /**
   * highlight: {neurons: [[column, unit]], connections: [[column, from, to]]} drawn marked (red, wider), every
   * other part faded; or null for none. A step-through says this way which neuron or weight it explains.
   */
  setHighlight(json) {
    const h = JSON.parse(json);
    this._highlight = h && {
      neurons: new Set(h.neurons.map(([c, u]) => c + ':' + u)),
      connections: new Set(h.connections.map(([c, a, b]) => c + ':' + a + '>' + (c + 1) + ':' + b))
    };
    this._render();
  }

  /** The marked parts as keys, 'column:unit' and 'column:from>column:to' (for browser tests); empty when none. */
  highlightedParts() {
    return this._highlight ? [...this._highlight.neurons, ...this._highlight.connections] : [];
  }

  /** Whether neurons show their pictures (a switch beside the diagram); circles otherwise. */
  showPictures(shown) {
    this._picturesHidden = !shown;
    this._render();
  }

  /** A neuron's picture as a PNG data URL, or null (for browser tests): column 1 is the first hidden layer. */
  neuronPicture(column, unit) {
    const layer = this._pictures && this._pictures[column - 1];
    const canvas = layer && layer.canvases[unit];
    return canvas ? canvas.toDataURL() : null;
  }

  /** The middle of a connection, in pixels from the element's top left (for browser tests). */
  connectionPoint(column, from, to) {
    const a = this._chart.convertToPixel({ seriesIndex: 0 }, this._place(column, from));
    const b = this._chart.convertToPixel({ seriesIndex: 0 }, this._place(column + 1, to));
    return { x: (a[0] + b[0]) / 2, y: (a[1] + b[1]) / 2 };
  }

  _draw() {
    if (!this._layers) return;
    const width = this.clientWidth || 600, height = this.clientHeight || 300;
    const cols = this._layers.length, nodes = [], edges = [];
    const pictures = this._picturesHidden ? null : this._pictures;
    this._geometry = { width, height, cols };
    this._layers.forEach((layer, i) => {
      const collapsed = layer.drawn !== layer.units;
      const pictured = pictures && i > 0 && pictures[i - 1] && pictures[i - 1].canvases.length === layer.drawn;
      for (let k = 0; k < layer.drawn; k++) {
        const [x, y] = this._place(i, k);
        nodes.push({
          name: i + ':' + k, x, y, tip: this._unit(i, k) + (pictured ? this._scale(pictures[i - 1]) : ''),
          symbol: pictured ? 'rect' : 'circle',
          // a pictured neuron's own mark stays under its picture (which is sized in pixels, see _overlay)
          symbolSize: collapsed ? 34 : pictured ? 10 : 16,
          label: i === 0 && !collapsed ? { show: true, position: 'left', formatter: 'x' + (k + 1), fontSize: 11 }
                 : { show: collapsed || (k === 0 && !pictured), position: collapsed ? 'inside' : 'top',
                     formatter: collapsed ? String(layer.units) : layer.label, fontSize: 11 },
          itemStyle: { color: i === 0 ? '#868e96' : (i === cols - 1 ? '#1971c2' : '#495057') }
        });
        this._mark(nodes[nodes.length - 1], this._highlight && this._highlight.neurons.has(i + ':' + k), false);
      }
    });
    // two invisible corners of the drawing box: ECharts fits the nodes' bounding box into the box, each axis on
    // its own, so a small network (2-2-1: its nodes 40 px apart) would be stretched into ovals; with the corners
    // the graph's coordinates are the box's pixels
    nodes.push({ name: 'corner:0', x: 40, y: 30, symbolSize: 0, tip: null, label: { show: false } },
               { name: 'corner:1', x: width - 40, y: height - 22, symbolSize: 0, tip: null, label: { show: false } });
    for (let i = 0; i + 1 < cols; i++) {
      const w = this._weights ? this._weights[i] : null;
      const max = w ? w.maxAbs || 0 : 0;
      for (let a = 0; a < this._layers[i].drawn; a++) {
        for (let b = 0; b < this._layers[i + 1].drawn; b++) {
          const value = w ? this._weightFor(w, a, b) : 0;
          const strength = w && max > 0 ? Math.abs(value) / max : 0.15;
          edges.push({
            source: i + ':' + a, target: (i + 1) + ':' + b, value, tip: w ? this._weightText(i, a, b, value) : null,
            lineStyle: { width: 0.5 + 4 * strength, opacity: 0.25 + 0.7 * strength,
                         color: !w ? '#adb5bd' : value >= 0 ? '#f08c00' : '#1c7ed6' }
          });
          this._mark(edges[edges.length - 1], this._highlight && this._highlight.connections.has(i + ':' + a + '>' + (i + 1) + ':' + b), true);
        }
      }
    }
    // the series and the overlay replaced, the tooltip kept: one shown stays, with what it points at now. One
    // setOption, so one paint: the overlay's pixel places come from the series' layout, done here first
    const series = [{ type: 'graph', layout: 'none', data: nodes, edges, roam: false, top: 30, bottom: 22, left: 40, right: 40,
                      emphasis: { focus: 'adjacency' }, lineStyle: { curveness: 0 } }];
    const laidOut = this._laidOut === this._layoutKey();
    this._chart.setOption({
      animation: false,
      tooltip: { formatter: p => this._tooltip(p.data.tip) },
      series,
      graphic: laidOut ? { elements: this._overlay(pictures) } : undefined
    }, { replaceMerge: laidOut ? ['series', 'graphic'] : ['series'] });
    if (!laidOut) {
      // the first draw at this size and shape: the overlay needs the series' pixel places, known only now
      this._laidOut = this._layoutKey();
      this._chart.setOption({ graphic: { elements: this._overlay(pictures) } }, { replaceMerge: ['graphic'] });
    }
  }

  // what the neurons' pixel places depend on: the box, the layers and whether pictures are shown
  _layoutKey() {
    const { width, height } = this._geometry;
    return width + 'x' + height + ':' + this._layers.map(l => l.drawn).join('-') + ':' + !!this._pictures;
  }

  // a highlighted part in red and larger, the others faded while something is highlighted
  _mark(item, marked, edge) {
    if (!this._highlight) return;
    if (edge) {
      item.lineStyle = marked ? { ...item.lineStyle, color: '#e03131', width: item.lineStyle.width + 2.5, opacity: 1 }
                              : { ...item.lineStyle, opacity: 0.12 };
    } else if (marked) {
      item.symbolSize += 8;
      item.itemStyle = { ...item.itemStyle, borderColor: '#e03131', borderWidth: 4 };
    } else {
      item.itemStyle = { ...item.itemStyle, opacity: 0.45 };
    }
  }

  // the pictures over their neurons (each nearly filling its share of the column, 10 to 40 pixels), and each
  // layer's largest |weight| under its connections
  _overlay(pictures) {
    const elements = [];
    const pixel = (i, k) => this._chart.convertToPixel({ seriesIndex: 0 }, this._place(i, k));
    if (pictures) {
      pictures.forEach((layer, l) => {
        const n = layer.canvases.length;
        const spacing = n > 1 ? Math.abs(pixel(l + 1, 1)[1] - pixel(l + 1, 0)[1]) : 48;
        const size = Math.max(10, Math.min(40, Math.floor(spacing * 0.84)));
        layer.canvases.forEach((canvas, k) => {
          const [x, y] = pixel(l + 1, k);
          elements.push({ type: 'image', silent: true, z: 10, x: x - size / 2, y: y - size / 2,
                          style: { image: canvas, width: size, height: size } });
          elements.push({ type: 'rect', silent: true, z: 11, shape: { x: x - size / 2, y: y - size / 2, width: size, height: size },
                          style: { fill: null, stroke: '#495057', lineWidth: 1 } });
          if (k === 0) { // the column's activation above its first picture, as a circle has it
            elements.push({ type: 'text', silent: true, z: 11, x, y: y - size / 2 - 3,
                            style: { text: this._layers[l + 1].label, fill: '#495057', fontSize: 11, align: 'center', verticalAlign: 'bottom' } });
          }
        });
      });
    }
    const { width, height, cols } = this._geometry;
    // the columns' spacing as _place lays them out; a narrow diagram (the Lab's, beside the boundary) gets
    // the short form, or neighbouring labels would run into each other
    const gap = cols > 1 ? (width - 120) / (cols - 1) : 0;
    for (let i = 0; this._weights && gap >= 48 && i + 1 < cols; i++) {
      const max = (this._weights[i] ? this._weights[i].maxAbs || 0 : 0).toFixed(2);
      const x = (pixel(i, 0)[0] + pixel(i + 1, 0)[0]) / 2;
      elements.push({ type: 'text', silent: true, x, y: height - 14,
                      style: { text: gap >= 80 ? 'max |w| ' + max : '|w| ≤ ' + max, fill: '#868e96', fontSize: 10, align: 'center' } });
    }
    return elements;
  }

  // where neuron k of column i sits, in the graph's own coordinates (pixels of a width × height box)
  _place(i, k) {
    const { width, height, cols } = this._geometry;
    const n = this._layers[i].drawn;
    const x = 60 + i * (width - 120) / Math.max(1, cols - 1);
    return [x, height / 2 + (k - (n - 1) / 2) * this._spacing(i)];
  }

  _spacing(i) {
    const n = this._layers[i].drawn;
    return Math.min(this._pictures ? 46 : 40, (this._geometry.height - 60) / Math.max(1, n));
  }

  // one picture's shades onto a canvas of its own, in the boundary's colours (row 0 of the grid at the bottom)
  _paint(b64, size, shades, reused) {
    const bytes = atob(b64);
    let canvas = reused;
    if (!canvas || canvas.width !== size || canvas.height !== size) {
      canvas = document.createElement('canvas');
      canvas.width = size;
      canvas.height = size;
    }
    const context = canvas.getContext('2d');
    const image = context.createImageData(size, size);
    for (let r = 0; r < size; r++) {
      for (let c = 0; c < size; c++) {
        const rgba = ChainruleEChartsElement.rampColor(bytes.charCodeAt(r * size + c) / shades);
        image.data.set(rgba, ((size - 1 - r) * size + c) * 4);
      }
    }
    context.putImageData(image, 0, 0);
    return canvas;
  }

  // a neuron's name: x1, h1.3 (hidden layer 1, unit 3), output or out.2; a collapsed node says how many it hides
  _unit(i, k) {
    const layer = this._layers[i], last = this._layers.length - 1;
    const column = i === 0 ? 'input' : i === last ? 'output' : 'h' + i;
    if (layer.drawn !== layer.units) return column + ' (' + layer.units + ' units)';
    if (i === 0) return 'x' + (k + 1);
    if (i === last) return layer.units === 1 ? 'output' : 'out.' + (k + 1);
    return 'h' + i + '.' + (k + 1);
  }

  _scale(layer) {
    return ': its output from ' + +layer.lo.toFixed(2) + ' (blue) to ' + +layer.hi.toFixed(2) + ' (orange)';
  }

  _weightText(i, a, b, value) {
    const collapsed = this._layers[i].drawn !== this._layers[i].units || this._layers[i + 1].drawn !== this._layers[i + 1].units;
    return (collapsed ? 'mean w = ' : 'w = ') + Number(value).toFixed(4) + ' (from ' + this._unit(i, a) + ' to ' + this._unit(i + 1, b) + ')';
  }

  // a tooltip as a text node in an element of its own, never parsed as HTML
  _tooltip(text) {
    if (!text) return '';
    const tip = document.createElement('div');
    tip.className = 'chainrule-network-tip';
    tip.textContent = text;
    return tip;
  }

  // A collapsed side stands for many units: the server sent the mean weight of the block it hides.
  _weightFor(w, a, b) {
    const row = w.W[a];
    return row && row[b] !== undefined ? row[b] : 0;
  }
}

if (!customElements.get('chainrule-network')) customElements.define('chainrule-network', ChainruleNetwork);

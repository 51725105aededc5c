/*
 * <chainrule-legend>: the comparison's legend (dev.chainrule.ui.compare.RunLegend), built from one JSON
 * property as native check boxes: a swatch of the run's colour (checked by Java) and its title, set as
 * text. Ticking or unticking fires 'legend-toggled' with {key, shown}; the server hides or shows the run.
 */
class ChainruleLegend extends HTMLElement {
  constructor() {
    super();
    // Flow may set the property before this script defined the element: take that value over
    if (Object.prototype.hasOwnProperty.call(this, 'entries')) {
      const json = this.entries;
      delete this.entries;
      this.entries = json;
    }
  }

  set entries(json) {
    this._entries = JSON.parse(json);
    this._render();
  }

  get entries() {
    return this._entries ? JSON.stringify(this._entries) : '';
  }

  connectedCallback() {
    this._render();
  }

  _render() {
    if (!this._entries || !this.isConnected) return;
    const items = this._entries.map(entry => {
      const label = document.createElement('label');
      label.className = 'legend-entry';
      label.dataset.key = entry.key;
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = entry.shown;
      box.addEventListener('change', () => this.dispatchEvent(new CustomEvent('legend-toggled',
        { detail: { key: entry.key, shown: box.checked } })));
      const swatch = document.createElement('span');
      swatch.className = 'legend-swatch';
      swatch.style.background = entry.color;
      const text = document.createElement('span');
      text.textContent = entry.label;
      label.append(box, swatch, text);
      return label;
    });
    this.replaceChildren(...items);
  }
}

if (!customElements.get('chainrule-legend')) {
  customElements.define('chainrule-legend', ChainruleLegend);
}

/*
 * <chainrule-legend>: the comparison's legend (dev.chainrule.ui.compare.RunLegend), built from its JSON
 * (ChainruleJsonElement) as native check boxes: a swatch of the run's colour (checked by Java) and its title, set as
 * text. Ticking or unticking fires 'legend-toggled' with {key, shown}; the server hides or shows the run.
 */
class ChainruleLegend extends ChainruleJsonElement {
  /** entries: [{key, label, color, shown}] */
  _render(entries) {
    const items = entries.map(entry => {
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

/*
 * Base of the elements whose whole content is one JSON value set by Java as their 'json' property
 * (<chainrule-table>, <chainrule-legend>): built with plain DOM, every text as text, drawn again when the
 * value changes or the element is attached. Subclasses implement _render(value).
 */
if (!window.ChainruleJsonElement) {
  window.ChainruleJsonElement = class ChainruleJsonElement extends HTMLElement {
    constructor() {
      super();
      // Flow may set the property before the element's script defined it: take that value over
      if (Object.prototype.hasOwnProperty.call(this, 'json')) {
        const json = this.json;
        delete this.json;
        this.json = json;
      }
    }

    set json(json) {
      this._value = JSON.parse(json);
      this._draw();
    }

    get json() {
      return this._value === undefined ? '' : JSON.stringify(this._value);
    }

    connectedCallback() {
      this._draw();
    }

    _draw() {
      if (this._value !== undefined && this.isConnected) this._render(this._value);
    }

    /** Builds the element's content from value. */
    _render(value) {
    }
  };
}

/*
 * <chainrule-table>: a table of text from one JSON property (dev.chainrule.ui.component.TextTable), built with
 * plain DOM. Every text a person typed goes in as text (textContent, title): never as markup. Classes and dot
 * colours are checked by Java. A sortable header is a button; pressing it fires 'sort-requested' with the
 * column, and the server sends the rows again, sorted.
 */
class ChainruleTable extends HTMLElement {
  constructor() {
    super();
    // Flow may set the property before this script defined the element: take that value over
    if (Object.prototype.hasOwnProperty.call(this, 'table')) {
      const json = this.table;
      delete this.table;
      this.table = json;
    }
  }

  set table(json) {
    this._table = JSON.parse(json);
    this._render();
  }

  get table() {
    return this._table ? JSON.stringify(this._table) : '';
  }

  connectedCallback() {
    if (!this.style.display) this.style.display = 'block';
    this._render();
  }

  _render() {
    if (!this._table || !this.isConnected) return;
    const table = document.createElement('table');
    const headRow = table.createTHead().insertRow();
    this._table.head.forEach((h, i) => {
      const th = document.createElement('th');
      th.scope = 'col';
      if (h.dot) th.appendChild(ChainruleTable._dot(h.dot));
      if (h.sort === 'unsortable') {
        th.appendChild(document.createTextNode(h.text));
      } else {
        th.setAttribute('aria-sort', h.sort);
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'table-sorter';
        button.textContent = h.text;
        button.addEventListener('click', () =>
          this.dispatchEvent(new CustomEvent('sort-requested', { detail: { column: i } })));
        th.appendChild(button);
      }
      if (h.note) {
        const note = document.createElement('span');
        note.className = 'table-note';
        note.textContent = ' ' + h.note;
        th.appendChild(note);
      }
      headRow.appendChild(th);
    });
    const body = table.createTBody();
    for (const row of this._table.rows) {
      const tr = body.insertRow();
      tr.dataset.key = row.key;
      for (const cell of row.cells) {
        const td = document.createElement(cell.header ? 'th' : 'td');
        if (cell.header) td.scope = 'row';
        if (cell.dot) td.appendChild(ChainruleTable._dot(cell.dot));
        const text = document.createElement('span');
        text.textContent = cell.text;
        if (cell.css) text.className = cell.css;
        if (cell.title) text.title = cell.title;
        td.appendChild(text);
        tr.appendChild(td);
      }
    }
    this.replaceChildren(table);
  }

  /** A dot of a run's colour (#rgb or #rrggbb, checked by Java) before its name. */
  static _dot(color) {
    const dot = document.createElement('span');
    dot.className = 'run-dot';
    dot.style.background = color;
    return dot;
  }
}

if (!customElements.get('chainrule-table')) {
  customElements.define('chainrule-table', ChainruleTable);
}

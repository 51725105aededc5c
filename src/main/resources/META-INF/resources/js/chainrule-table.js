/*
 * <chainrule-table>: a table of text from its JSON (dev.chainrule.ui.component.TextTable, ChainruleJsonElement),
 * built with plain DOM. Every text a person typed goes in as text (textContent, title): never as markup. Classes and dot
 * colours are checked by Java. A sortable header is a button; pressing it fires 'sort-requested' with the
 * column, and the server sends the rows again, sorted.
 */
class ChainruleTable extends ChainruleJsonElement {
  /** value: {head: [{text, sort, dot, note}], rows: [{key, cells: [{text, css, title, dot, header}]}]} */
  _render(value) {
    if (this._sameShape(value)) {
      this._update(value); // a table redrawn every second while runs train: only the texts that changed
      return;
    }
    this._shown = value;
    const table = document.createElement('table');
    const headRow = table.createTHead().insertRow();
    value.head.forEach((h, i) => {
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
    for (const row of value.rows) {
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

  /** The same headers, and the same rows in the same order with the same cells but for their texts and marks. */
  _sameShape(value) {
    const shown = this._shown;
    if (!shown || !this.firstChild || JSON.stringify(shown.head) !== JSON.stringify(value.head)
        || shown.rows.length !== value.rows.length) return false;
    return value.rows.every((row, r) => row.key === shown.rows[r].key && row.cells.length === shown.rows[r].cells.length
      && row.cells.every((c, i) => c.dot === shown.rows[r].cells[i].dot && !!c.header === !!shown.rows[r].cells[i].header));
  }

  _update(value) {
    const rows = this.querySelector('tbody').rows;
    value.rows.forEach((row, r) => row.cells.forEach((cell, i) => {
      const old = this._shown.rows[r].cells[i];
      if (old.text === cell.text && old.css === cell.css && old.title === cell.title) return;
      const text = rows[r].cells[i].lastChild;
      text.textContent = cell.text;
      text.className = cell.css || '';
      if (cell.title) text.title = cell.title; else text.removeAttribute('title');
    }));
    this._shown = value;
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

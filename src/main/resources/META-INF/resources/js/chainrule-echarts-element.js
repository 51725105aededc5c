/*
 * ChainruleEChartsElement: the base of the chart elements (<chainrule-chart>, <chainrule-boundary>,
 * <chainrule-network>, <chainrule-scatter>). Loaded after ECharts (its WebJar) and before the
 * element scripts; each Java component lists it in its @JavaScript annotations, so it may arrive
 * more than once and defines itself only the first time.
 *
 * The element keeps its data; the ECharts instance lives only while the element is on the page:
 * - connected: the chart is created (once), follows the element's size, and everything held is drawn;
 * - off screen (scrolled away, or in a tab not shown): a redraw waits until the element comes into view (a
 *   Lab's accuracy and gradient charts below the fold cost the student's computer nothing while a run trains);
 * - disconnected: the size and view observers, any pending frame or timer and the chart are let go
 *   (chart.dispose()), so a page left behind keeps no canvas alive; attached again (Vaadin detaches
 *   and re-attaches components, e.g. when a view is entered again) it starts over and redraws.
 *
 * A subclass implements _draw(), calls _render() whenever its data changes (requests within one
 * animation frame make one _draw()), and may override _chartCreated() / _chartDisposed() for things of
 * its own beside the chart, and _resized() if its drawing depends on its size.
 *
 * Tooltips are HTML: every text in one goes through ChainruleEChartsElement.escapeHtml (names come
 * from uploaded files and from what people type), and every tooltip has a formatter of its own, so
 * none relies on how ECharts 5.3.1 builds its default tooltip (ChartTextEscapeTest checks both).
 */
if (!window.ChainruleEChartsElement) {
  window.ChainruleEChartsElement = class ChainruleEChartsElement extends HTMLElement {
    /**
     * How far outside the viewport an element still counts as on screen: scrolled into view, it has been drawn
     * already.
     */
    static VIEW_MARGIN = '200px';

    /** Text as HTML that shows it literally: & < > " ' become entities. */
    static escapeHtml(text) {
      return String(text).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
    }

    connectedCallback() {
      if (!this.style.display) this.style.display = 'block';
      if (this._chart) return;
      this._styleRead = null;
      this._chart = echarts.init(this, null, { renderer: 'canvas' });
      if (this.constructor.followsPresentation) {
        // the presentation sizes (html.presentation, the header's toggle; html.presenting, /present) set thicker
        // lines and larger text as CSS custom properties; ECharts takes pixels, so each change redraws in full
        this._restyle = () => {
          this._styleRead = null;
          this._render(true);
        };
        window.addEventListener('chainrule-presentation', this._restyle);
      }
      this._chartCreated();
      this._resizer = new ResizeObserver(() => {
        if (this._chart) this._resized();
      });
      this._resizer.observe(this);
      // on screen until the observer first says otherwise, so the first draw is not held back
      this._onScreen = true;
      this._viewer = new IntersectionObserver(entries => this._seen(entries[entries.length - 1].isIntersecting),
        { rootMargin: ChainruleEChartsElement.VIEW_MARGIN });
      this._viewer.observe(this);
      this._render(true);
    }

    // the element came into view (within the margin) or left it: a redraw held back meanwhile is drawn now
    _seen(onScreen) {
      this._onScreen = onScreen;
      if (onScreen && this._heldDraw) {
        const draw = this._heldDraw;
        this._heldDraw = null;
        this._requestFrame(draw);
      }
    }

    disconnectedCallback() {
      if (this._resizer) {
        this._resizer.disconnect();
        this._resizer = null;
      }
      if (this._viewer) {
        this._viewer.disconnect();
        this._viewer = null;
      }
      this._heldDraw = null;
      this._cancelPending();
      if (this._chart) {
        this._chart.dispose();
        this._chart = null;
        if (this._restyle) {
          window.removeEventListener('chainrule-presentation', this._restyle);
          this._restyle = null;
        }
        this._chartDisposed();
      }
    }

    /**
     * The line width and font size the page asks for (CSS custom properties), else ECharts' usual 2 and 12. Read once
     * per attach and per change of the presentation sizes: reading computed style makes the browser bring the whole
     * page's style up to date, which a live chart asked for on every redraw.
     */
    _style() {
      if (!this._styleRead) {
        const css = getComputedStyle(this);
        this._styleRead = { line: parseFloat(css.getPropertyValue('--chainrule-line-width')) || 2,
          font: parseFloat(css.getPropertyValue('--chainrule-chart-font-size')) || 12 };
      }
      return this._styleRead;
    }

    /** Asks for a redraw of everything held; requests within one frame make one _draw(). */
    _render() {
      this._requestFrame(() => this._draw());
    }

    /** Draws the data held into this._chart (which exists when this is called). */
    _draw() {
    }

    /**
     * Runs draw on the next animation frame unless one is already pending; skipped if the chart is gone. Off screen,
     * draw is held (the newest replacing an older one: each reads the element's data when it runs) until it is seen.
     */
    _requestFrame(draw) {
      if (this._frame) return;
      if (!this._onScreen) {
        this._heldDraw = draw;
        return;
      }
      this._frame = requestAnimationFrame(() => {
        this._frame = null;
        if (this._chart) draw();
      });
    }

    /** Runs action after ms unless a timer is already pending; cancelled when the element leaves the page. */
    _later(action, ms) {
      if (this._timer) return;
      this._timer = setTimeout(() => {
        this._timer = null;
        action();
      }, ms);
    }

    _cancelPending() {
      if (this._frame) cancelAnimationFrame(this._frame);
      if (this._timer) clearTimeout(this._timer);
      this._frame = null;
      this._timer = null;
    }

    /** Called right after the chart was created (on every attach). */
    _chartCreated() {
    }

    /** Called right after the chart was disposed (on every detach). */
    _chartDisposed() {
    }

    /**
     * The element changed size. The observer also reports the size it starts with, usually the size the chart
     * was drawn at: then nothing is drawn again (a comparison's chart of fifty runs costs a tenth of a second).
     */
    _resized() {
      if (this._chart.getWidth() === this.clientWidth && this._chart.getHeight() === this.clientHeight) return;
      this._chart.resize();
    }

    /**
     * The colour scale of the decision boundary and of the neurons' pictures, as [r, g, b, 255]: light blue
     * (t = 0) through near-white (0.5) to light orange (1), the weights' colours; t outside 0..1 is clamped,
     * one that is not a number is the middle.
     */
    static rampColor(t) {
      // a picture has thousands of cells in a few hundred shades, redrawn several times a second: each shade's
      // colour is worked out once (the cache let go when it grows past any picture's shades)
      const cache = ChainruleEChartsElement._ramp || (ChainruleEChartsElement._ramp = new Map());
      let rgba = cache.get(t);
      if (rgba === undefined) {
        if (cache.size >= 4096) cache.clear();
        const stops = [[0xa5, 0xd8, 0xff], [0xf8, 0xf9, 0xfa], [0xff, 0xd8, 0xa8]];
        const u = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0.5)) * 2;
        const [a, b] = u <= 1 ? [stops[0], stops[1]] : [stops[1], stops[2]];
        const f = u <= 1 ? u : u - 1;
        rgba = [0, 1, 2].map(i => Math.round(a[i] + (b[i] - a[i]) * f)).concat(255);
        cache.set(t, rgba);
      }
      return rgba;
    }

    /** {min, max} of the finite numbers in values (a loop: spreading ~10^5 values into Math.min overflows the stack); null if none. */
    static extent(values) {
      let min = Infinity, max = -Infinity;
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (!Number.isFinite(v)) continue;
        if (v < min) min = v;
        if (v > max) max = v;
      }
      return min <= max ? { min, max } : null;
    }
  };
}

// What sticks out past the right edge of the window: the page itself, any visible element not clipped by
// a box that scrolls or clips (walked through shadow roots and slots), and any box that scrolls sideways
// on its own except a text table (chainrule-table scrolls by design, its first column kept in view).
const width = window.innerWidth;
const problems = [];
if (document.documentElement.scrollWidth > width) {
  problems.push('the page is ' + document.documentElement.scrollWidth + ' px wide in a ' + width + ' px window');
}
const up = e => e.assignedSlot || e.parentElement || (e.getRootNode() && e.getRootNode().host) || null;
const clips = e => e !== document.documentElement && e !== document.body && getComputedStyle(e).overflowX !== 'visible';
// a box that scrolls sideways (a grid's cell that cuts its text with an ellipsis clips, but does not scroll)
const scrolls = e => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.classList.length ? '.' + [...e.classList].join('.') : '');
const path = e => { const names = []; for (let a = e; a && names.length < 4; a = up(a)) names.unshift(name(a)); return names.join(' > '); };
for (const e of document.body.querySelectorAll('*')) {
  if (e.closest('vaadin-connection-indicator')) continue; // Vaadin's own, shown only while the server is away
  const r = e.getBoundingClientRect();
  const style = getComputedStyle(e);
  if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
  if (scrolls(e) && e.scrollWidth > e.clientWidth + 1 && !e.closest('chainrule-table')) {
    problems.push(path(e) + ' scrolls sideways: ' + e.scrollWidth + ' px of content in ' + e.clientWidth);
  }
  if (r.right <= width + 0.5) continue;
  let clipped = false;
  for (let a = up(e); a && !clipped; a = up(a)) {
    clipped = a instanceof Element && clips(a) && a.getBoundingClientRect().right <= width + 0.5;
  }
  if (!clipped) problems.push(path(e) + ' ends at ' + Math.round(r.right) + ' px');
}
return problems.slice(0, 20);

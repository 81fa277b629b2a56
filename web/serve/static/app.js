// Small conveniences for the audit UI; every page works without them.
(function () {
  'use strict';
  document.addEventListener('keydown', function (e) {
    const t = e.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA')) return;
    if (e.key === '/') {
      const q = document.getElementById('q');
      if (q) { e.preventDefault(); q.focus(); q.select(); }
    } else if (e.key === 'j' || e.key === 'k') {
      jump(e.key === 'j' ? 1 : -1);
    }
  });

  // j/k move between removed spans.
  let cur = -1;
  function jump(dir) {
    const spans = Array.from(document.querySelectorAll('.span.removed'));
    if (!spans.length) return;
    cur = Math.max(0, Math.min(spans.length - 1, cur + dir));
    spans.forEach(function (s) { s.classList.remove('focus'); });
    spans[cur].classList.add('focus');
    spans[cur].scrollIntoView({ block: 'center' });
  }

  const only = document.getElementById('only-removed');
  if (only) {
    only.addEventListener('change', function () {
      document.getElementById('units').classList.toggle('only-removed', only.checked);
    });
  }

  // Filters apply as soon as a menu changes.
  const filters = document.getElementById('filters');
  if (filters) {
    filters.querySelectorAll('select').forEach(function (s) {
      s.addEventListener('change', function () { filters.submit(); });
    });
  }

  // "back to results" returns to the search that led here, if any.
  const back = document.querySelector('[data-back]');
  if (back && document.referrer) {
    try {
      const ref = new URL(document.referrer);
      if (ref.origin === location.origin && ref.pathname === '/') back.href = ref.pathname + ref.search;
    } catch (err) { /* keep the plain link */ }
  }
})();

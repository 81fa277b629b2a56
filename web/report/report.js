// Draws the report's charts from window.AKHBAR_REPORT with Chart.js.
(function () {
  'use strict';
  const R = window.AKHBAR_REPORT;
  const roleColor = {
    metadata: '#3b6fb6', boilerplate: '#8a8f98', repeated: '#d9534f', related: '#8e5bb5',
    caption: '#2a9d8f', heading: '#e3a33b', body: '#4caf50',
  };
  const docsColor = '#3b6fb6', tokensColor = '#e3a33b';
  Chart.defaults.animation = false;
  Chart.defaults.responsive = true;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.plugins.legend.labels.boxWidth = 12;

  function el(id) { return document.getElementById(id); }
  function short(n) {
    if (n >= 1e6) return (n / 1e6) + 'M';
    if (n >= 1e3) return (n / 1e3) + 'k';
    return String(n);
  }
  // skewed says whether counts span so many orders of magnitude that a
  // linear axis would show one bar and flat lines: then the axis is
  // logarithmic (and says so in its title).
  function skewed(data) {
    const nz = data.filter(v => v > 0).sort((a, b) => a - b);
    if (nz.length < 2) return false;
    return nz[nz.length - 1] / nz[Math.floor(nz.length / 2)] >= 20 || nz[nz.length - 1] / nz[0] >= 100;
  }
  function valueAxis(data, title) {
    const log = skewed(data);
    const ax = { type: log ? 'logarithmic' : 'linear', ticks: { callback: short } };
    if (log) ax.ticks = { callback: (v) => (String(v)[0] === '1' ? short(v) : '') };
    ax.title = { display: true, text: (title || 'count') + (log ? ' (log scale)' : '') };
    return ax;
  }
  function make(id, cfg) {
    const c = el(id);
    if (!c) return null;
    return new Chart(c, cfg);
  }
  // fit gives a horizontal bar chart room for its labels.
  function fit(id, n, per, extra) {
    const c = el(id);
    if (c) c.parentElement.style.height = Math.max(120, (extra || 50) + n * (per || 22)) + 'px';
  }

  // Documents and tokens per key: two x axes, since tokens run to
  // thousands of times the documents.
  // Charts draw the largest keys; the tables beside them list more.
  const drawTop = 15;
  function counts(id, list) {
    if (!list || !list.length) return;
    list = list.slice(0, drawTop);
    fit(id, list.length, 26, 120);
    make(id, {
      type: 'bar',
      data: {
        labels: list.map(c => c.key),
        datasets: [
          { label: 'documents', data: list.map(c => c.docs), backgroundColor: docsColor, xAxisID: 'x' },
          { label: 'tokens', data: list.map(c => c.tokens), backgroundColor: tokensColor, xAxisID: 'x2' },
        ],
      },
      options: {
        indexAxis: 'y',
        scales: {
          x: Object.assign(valueAxis(list.map(c => c.docs), 'documents'), { position: 'bottom' }),
          x2: Object.assign(valueAxis(list.map(c => c.tokens), 'tokens'), { position: 'top', grid: { drawOnChartArea: false } }),
          y: { ticks: { autoSkip: false } },
        },
      },
    });
  }

  function single(id, labels, data, label, colors, horizontal) {
    if (!labels.length) return;
    if (horizontal) fit(id, labels.length);
    const scales = horizontal ? { y: { ticks: { autoSkip: false } }, x: valueAxis(data, label) } : { y: valueAxis(data, label) };
    make(id, {
      type: 'bar',
      data: { labels: labels, datasets: [{ label: label, data: data, backgroundColor: colors || docsColor }] },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        plugins: { legend: { display: false } },
        scales: scales,
      },
    });
  }

  function lengthLabels(edges, n) {
    const out = [];
    for (let i = 0; i < n; i++) {
      const lo = edges[i];
      if (i + 1 >= edges.length) { out.push(short(lo) + '+'); continue; }
      const hi = edges[i + 1] - 1;
      out.push(hi === lo ? short(lo) : short(lo) + '–' + short(hi));
    }
    return out;
  }

  counts('chart-langs', R.langs);
  counts('chart-sites', R.sites);
  counts('chart-sections', R.sections);
  single('chart-page-types', (R.page_types || []).map(c => c.key), (R.page_types || []).map(c => c.docs), 'documents', null, true);
  single('chart-flags', (R.flags || []).map(c => c.key), (R.flags || []).map(c => c.docs), 'documents', null, true);

  if (R.months && R.months.length) {
    make('chart-months', {
      type: 'bar',
      data: { labels: R.months.map(m => m.month), datasets: [{ label: 'documents', data: R.months.map(m => m.docs), backgroundColor: docsColor }] },
      options: { plugins: { legend: { display: false } }, scales: { x: { ticks: { maxRotation: 60 } } } },
    });
  }

  const L = R.lengths;
  if (R.records > 0) {
    const n = Math.max(L.chars.length, L.tokens.length);
    const labels = lengthLabels(L.edges, n);
    make('chart-lengths', {
      type: 'bar',
      data: {
        labels: labels,
        datasets: [
          { label: 'by characters', data: L.chars, backgroundColor: docsColor },
          { label: 'by tokens', data: L.tokens, backgroundColor: tokensColor },
        ],
      },
      options: { scales: { x: { title: { display: true, text: 'body length' } }, y: { title: { display: true, text: 'documents' } } } },
    });
    if (L.by_lang && L.by_lang.length) {
      const m = Math.max.apply(null, L.by_lang.map(h => {
        let k = h.chars.length; while (k > 1 && !h.chars[k - 1]) k--; return k;
      }));
      const palette = ['#3b6fb6', '#e3a33b', '#d9534f', '#2a9d8f', '#8e5bb5', '#8a8f98'];
      make('chart-lengths-lang', {
        type: 'line',
        data: {
          labels: lengthLabels(L.edges, m),
          datasets: L.by_lang.map((h, i) => ({
            label: h.lang, borderColor: palette[i % palette.length], backgroundColor: palette[i % palette.length],
            data: h.chars.slice(0, m).map(v => 100 * v / h.docs), tension: 0, pointRadius: 2,
          })),
        },
        options: { scales: { x: { title: { display: true, text: 'body length in characters' } }, y: { title: { display: true, text: '% of the language’s documents' } } } },
      });
    }
  }

  const rm = R.removed || [];
  single('chart-removed', rm.map(r => r.role), rm.map(r => r.units), 'lines/blocks', rm.map(r => roleColor[r.role] || '#888'), false);
  // Removed by reason as a share of all lines/blocks: one reason that
  // removes most of a page (outside-main) no longer hides the others,
  // and the axis goes logarithmic when the shares are that uneven.
  const rr = R.removed_reasons || [];
  const allUnits = R.units || 1;
  single('chart-removed-reasons', rr.map(r => r.role + ' · ' + r.reason), rr.map(r => Number((100 * r.units / allUnits).toPrecision(3))), '% of all lines/blocks', rr.map(r => roleColor[r.role] || '#888'), true);
  const rj = R.reject_reasons || [];
  single('chart-rejects', rj.map(r => r.key), rj.map(r => r.docs), 'rejects', '#d9534f', true);

  (R.quality || []).forEach((q, i) => {
    const labels = q.lo.map(v => Number(v.toPrecision(3)).toString());
    make('chart-q-' + i, {
      type: 'bar',
      data: { labels: labels, datasets: [{ label: q.name, data: q.counts, backgroundColor: '#2a9d8f', barPercentage: 1, categoryPercentage: 1 }] },
      options: { plugins: { legend: { display: false } }, scales: { x: { ticks: { maxTicksLimit: 6 } }, y: valueAxis(q.counts, 'documents') } },
    });
  });

  const ds = (R.dup && R.dup.sizes) || [];
  if (ds.length) {
    make('chart-dup', {
      type: 'bar',
      data: {
        labels: ds.map(b => b.max === 0 ? b.min + '+' : (b.max === b.min ? String(b.min) : b.min + '–' + b.max)),
        datasets: [
          { label: 'clusters', data: ds.map(b => b.clusters), backgroundColor: docsColor, yAxisID: 'y' },
          { label: 'records in them', data: ds.map(b => b.records), backgroundColor: tokensColor, yAxisID: 'y2' },
        ],
      },
      options: { scales: {
        x: { title: { display: true, text: 'records per cluster' } },
        y: { title: { display: true, text: 'clusters' } },
        y2: { position: 'right', title: { display: true, text: 'records' }, grid: { drawOnChartArea: false } },
      } },
    });
  }

  document.body.dataset.charts = String(Object.keys(Chart.instances).length);
  // Canvas text does not wait for a web font: once the embedded faces (only
  // those of the scripts the report holds) are loaded, draw again so labels
  // in Indic scripts are letters, not boxes.
  Promise.all([...document.fonts].map(f => f.load())).then(() => {
    Object.values(Chart.instances).forEach(c => c.update());
    document.body.dataset.fonts = 'loaded';
  }, () => { document.body.dataset.fonts = 'failed'; });
})();

/* Small SVG charts drawn by hand: step curves, lines with error bars, horizontal and grouped bars. */
(function (global) {
  'use strict';
  const NS = 'http://www.w3.org/2000/svg';

  function el(tag, attrs, text) {
    const node = document.createElementNS(NS, tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function frame(container, width, height) {
    container.innerHTML = '';
    const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img' });
    container.appendChild(svg);
    return svg;
  }

  function empty(container, message) {
    container.innerHTML = `<div class="empty">${message}</div>`;
  }

  function niceMax(value) {
    if (value <= 0) return 1;
    const power = Math.pow(10, Math.floor(Math.log10(value)));
    const steps = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];
    for (const s of steps) if (value <= s * power) return s * power;
    return 10 * power;
  }

  function ticks(max, count) {
    const step = niceMax(max / count);
    const out = [];
    for (let v = 0; v <= max + 1e-9; v += step) out.push(v);
    return out;
  }

  /* Step curves (Kaplan-Meier style). series: [{label, color, points: [{x, y}], marker: {x, y}}], y in 0..1. */
  function steps(container, series, options) {
    const opts = Object.assign({ width: 900, height: 320, xLabel: 'study day', yLabel: '', atRisk: null }, options);
    // A group with follow-up but no event yet is still a curve: flat at zero up to its last censoring.
    const withPoints = series.filter(s => s.points.length > 0 || s.endX > 0);
    const hasEvents = withPoints.some(s => s.points.length > 0);
    if (withPoints.length === 0 || (!hasEvents && !opts.showWithoutEvents)) {
      return empty(container, opts.emptyText || 'No events yet');
    }
    const rows = opts.atRisk ? opts.atRisk.length : 0;
    const m = { l: 56, r: 20, t: 14, b: 42 + rows * 18 };
    const w = opts.width - m.l - m.r;
    const h = opts.height - m.t - m.b;
    const svg = frame(container, opts.width, opts.height);
    const xMax = niceMax(Math.max(28, ...withPoints.flatMap(s => s.points.map(p => p.x).concat([s.endX || 0]))) * 1.05);
    const yMax = opts.yMax || 1;
    const x = v => m.l + (v / xMax) * w;
    const y = v => m.t + h - (v / yMax) * h;
    const axis = el('g', { class: 'axis' });
    svg.appendChild(axis);
    ticks(yMax, 4).forEach(v => {
      axis.appendChild(el('line', { x1: m.l, x2: m.l + w, y1: y(v), y2: y(v), class: 'gridline' }));
      axis.appendChild(el('text', { x: m.l - 8, y: y(v) + 4, 'text-anchor': 'end' }, Math.round(v * 100) + '%'));
    });
    const xTicks = ticks(xMax, 8);
    xTicks.forEach(v => {
      axis.appendChild(el('line', { x1: x(v), x2: x(v), y1: m.t + h, y2: m.t + h + 4 }));
      axis.appendChild(el('text', { x: x(v), y: m.t + h + 17, 'text-anchor': 'middle' }, v));
    });
    axis.appendChild(el('line', { x1: m.l, x2: m.l + w, y1: m.t + h, y2: m.t + h }));
    axis.appendChild(el('text', { x: m.l + w, y: m.t + h + 32, 'text-anchor': 'end' }, opts.xLabel));
    if (opts.reference !== undefined) {
      svg.appendChild(el('line', { x1: m.l, x2: m.l + w, y1: y(opts.reference), y2: y(opts.reference),
        stroke: '#9ca3af', 'stroke-dasharray': '4 4' }));
    }
    withPoints.forEach(s => {
      let d = `M ${x(0)} ${y(s.start === undefined ? 0 : s.start)}`;
      let last = s.start === undefined ? 0 : s.start;
      s.points.forEach(p => { d += ` H ${x(p.x)} V ${y(p.y)}`; last = p.y; });
      d += ` H ${x(s.endX !== undefined ? Math.max(s.endX, s.points.length ? s.points[s.points.length - 1].x : 0) : s.points[s.points.length - 1].x)}`;
      svg.appendChild(el('path', { d, fill: 'none', stroke: s.color, 'stroke-width': 2.5, 'stroke-linejoin': 'round' }));
      (s.censored || []).forEach(c => svg.appendChild(el('line', { x1: x(c.x), x2: x(c.x), y1: y(c.y) - 5, y2: y(c.y) + 5,
        stroke: s.color, 'stroke-width': 1.5 })));
      if (s.marker) {
        svg.appendChild(el('circle', { cx: x(s.marker.x), cy: y(s.marker.y), r: 5, fill: '#fff', stroke: s.color, 'stroke-width': 2.5 }));
        svg.appendChild(el('text', { x: x(s.marker.x) + 8, y: y(s.marker.y) - 8, fill: s.color, 'font-size': 12, 'font-weight': 700 },
          s.marker.label));
      }
    });
    if (opts.atRisk) {
      const top = m.t + h + 44;
      svg.appendChild(el('text', { x: 4, y: top - 4, 'font-size': 11, fill: '#6b7486', 'font-weight': 600 }, 'at risk'));
      opts.atRisk.forEach((row, i) => {
        const ry = top + 14 + i * 18;
        svg.appendChild(el('rect', { x: 4, y: ry - 9, width: 10, height: 10, rx: 2, fill: row.color }));
        xTicks.forEach(v => svg.appendChild(el('text', { x: x(v), y: ry, 'text-anchor': 'middle', 'font-size': 11, fill: '#374151' },
          row.at(v))));
      });
    }
  }

  /* Lines over categories with optional ±error bars. series: [{label, color, values: [{category, mean, sd, n}]}] */
  function lines(container, categories, series, options) {
    const opts = Object.assign({ width: 560, height: 300, unit: '%' }, options);
    const all = series.flatMap(s => s.values.filter(v => v.mean !== null && v.mean !== undefined));
    if (categories.length === 0 || all.length === 0) return empty(container, opts.emptyText || 'No measurements yet');
    const m = { l: 50, r: 16, t: 14, b: 36 };
    const w = opts.width - m.l - m.r;
    const h = opts.height - m.t - m.b;
    const svg = frame(container, opts.width, opts.height);
    const hi = Math.max(...all.map(v => v.mean + (v.sd || 0)), 0);
    const lo = Math.min(...all.map(v => v.mean - (v.sd || 0)), 0);
    const top = niceMax(hi > 0 ? hi : 1);
    const bottom = lo < 0 ? -niceMax(-lo) : 0;
    const x = i => m.l + (categories.length === 1 ? w / 2 : (i / (categories.length - 1)) * w);
    const y = v => m.t + h - ((v - bottom) / (top - bottom)) * h;
    const axis = el('g', { class: 'axis' });
    svg.appendChild(axis);
    const step = niceMax((top - bottom) / 5);
    for (let v = Math.ceil(bottom / step) * step; v <= top + 1e-9; v += step) {
      axis.appendChild(el('line', { x1: m.l, x2: m.l + w, y1: y(v), y2: y(v), class: 'gridline' }));
      axis.appendChild(el('text', { x: m.l - 8, y: y(v) + 4, 'text-anchor': 'end' }, Math.round(v) + opts.unit));
    }
    axis.appendChild(el('line', { x1: m.l, x2: m.l + w, y1: y(0), y2: y(0) }));
    categories.forEach((c, i) => axis.appendChild(el('text', { x: x(i), y: m.t + h + 20, 'text-anchor': 'middle' }, c)));
    if (opts.reference !== undefined) {
      svg.appendChild(el('line', { x1: m.l, x2: m.l + w, y1: y(opts.reference), y2: y(opts.reference), stroke: '#059669',
        'stroke-dasharray': '5 4' }));
      svg.appendChild(el('text', { x: m.l + w, y: y(opts.reference) - 5, 'text-anchor': 'end', fill: '#059669', 'font-size': 11 },
        opts.referenceLabel || ''));
    }
    series.forEach((s, si) => {
      const offset = (si - (series.length - 1) / 2) * 6;
      const pts = s.values.map(v => ({ i: categories.indexOf(v.category), v })).filter(p => p.i >= 0 && p.v.mean !== null);
      pts.sort((a, b) => a.i - b.i);
      if (pts.length > 1) {
        svg.appendChild(el('path', { d: pts.map((p, k) => `${k ? 'L' : 'M'} ${x(p.i) + offset} ${y(p.v.mean)}`).join(' '),
          fill: 'none', stroke: s.color, 'stroke-width': 2.5 }));
      }
      pts.forEach(p => {
        if (p.v.sd) {
          svg.appendChild(el('line', { x1: x(p.i) + offset, x2: x(p.i) + offset, y1: y(p.v.mean - p.v.sd), y2: y(p.v.mean + p.v.sd),
            stroke: s.color, 'stroke-width': 1.5, opacity: 0.6 }));
        }
        const dot = el('circle', { cx: x(p.i) + offset, cy: y(p.v.mean), r: 4.5, fill: s.color });
        dot.appendChild(el('title', {}, `${s.label} ${p.v.category}: ${p.v.mean.toFixed(1)}${opts.unit} (n=${p.v.n})`));
        svg.appendChild(dot);
      });
    });
  }

  /* Horizontal bars. rows: [{label, value (null = suppressed)}] */
  function hbars(container, rows, options) {
    const opts = Object.assign({ width: 560, color: '#4f46e5', suppressedLabel: 'suppressed' }, options);
    if (rows.length === 0) return empty(container, 'No sites');
    const barH = 18;
    const gap = 6;
    const m = { l: 64, r: 44, t: 6, b: 6 };
    const height = m.t + m.b + rows.length * (barH + gap);
    const svg = frame(container, opts.width, height);
    const w = opts.width - m.l - m.r;
    const max = niceMax(Math.max(1, ...rows.map(r => r.value || 0)));
    const defs = el('defs');
    const pattern = el('pattern', { id: 'hatch', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
    pattern.appendChild(el('rect', { width: 6, height: 6, fill: '#eef1f6' }));
    pattern.appendChild(el('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#c3cad8', 'stroke-width': 3 }));
    defs.appendChild(pattern);
    svg.appendChild(defs);
    rows.forEach((r, i) => {
      const top = m.t + i * (barH + gap);
      svg.appendChild(el('text', { x: m.l - 8, y: top + 13, 'text-anchor': 'end', 'font-size': 11, fill: '#374151' }, r.label));
      if (r.value === null || r.value === undefined) {
        svg.appendChild(el('rect', { x: m.l, y: top, width: w * 0.12, height: barH, rx: 4, fill: 'url(#hatch)' }));
        svg.appendChild(el('text', { x: m.l + w * 0.12 + 6, y: top + 13, 'font-size': 11, fill: '#6b7486', 'font-style': 'italic' },
          opts.suppressedLabel));
      } else {
        const bw = Math.max(r.value > 0 ? 3 : 0, (r.value / max) * w);
        svg.appendChild(el('rect', { x: m.l, y: top, width: bw, height: barH, rx: 4, fill: opts.color }));
        svg.appendChild(el('text', { x: m.l + bw + 6, y: top + 13, 'font-size': 11, fill: '#172033', 'font-weight': 600 }, r.value));
      }
    });
  }

  /* Grouped vertical bars. series: [{label, color, values: [number|null]}] over categories. */
  function groupedBars(container, categories, series, options) {
    const opts = Object.assign({ width: 560, height: 260 }, options);
    const values = series.flatMap(s => s.values.filter(v => v !== null && v !== undefined));
    if (values.length === 0 || Math.max(...values) === 0 && !series.some(s => s.values.includes(null))) {
      return empty(container, opts.emptyText || 'None reported');
    }
    const m = { l: 40, r: 10, t: 14, b: 30 };
    const w = opts.width - m.l - m.r;
    const h = opts.height - m.t - m.b;
    const svg = frame(container, opts.width, opts.height);
    const max = niceMax(Math.max(1, ...values));
    const y = v => m.t + h - (v / max) * h;
    const axis = el('g', { class: 'axis' });
    svg.appendChild(axis);
    ticks(max, 4).forEach(v => {
      axis.appendChild(el('line', { x1: m.l, x2: m.l + w, y1: y(v), y2: y(v), class: 'gridline' }));
      axis.appendChild(el('text', { x: m.l - 6, y: y(v) + 4, 'text-anchor': 'end' }, v));
    });
    const band = w / categories.length;
    const barW = Math.min(28, (band * 0.8) / series.length);
    categories.forEach((c, ci) => {
      axis.appendChild(el('text', { x: m.l + band * ci + band / 2, y: m.t + h + 18, 'text-anchor': 'middle' }, c));
      series.forEach((s, si) => {
        const v = s.values[ci];
        const bx = m.l + band * ci + band / 2 - (series.length * barW) / 2 + si * barW;
        if (v === null || v === undefined) {
          svg.appendChild(el('text', { x: bx + barW / 2, y: m.t + h - 4, 'text-anchor': 'middle', 'font-size': 10, fill: '#6b7486' }, '•'));
          const mark = el('rect', { x: bx + 1, y: m.t + h - 18, width: barW - 2, height: 18, fill: 'url(#hatch-ae)', stroke: '#c3cad8' });
          mark.appendChild(el('title', {}, `${s.label}: suppressed`));
          svg.appendChild(mark);
        } else {
          const bar = el('rect', { x: bx + 1, y: y(v), width: barW - 2, height: m.t + h - y(v), rx: 3, fill: s.color });
          bar.appendChild(el('title', {}, `${s.label} ${c}: ${v}`));
          svg.appendChild(bar);
        }
      });
    });
    const defs = el('defs');
    const pattern = el('pattern', { id: 'hatch-ae', width: 5, height: 5, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
    pattern.appendChild(el('rect', { width: 5, height: 5, fill: '#f3f4f6' }));
    pattern.appendChild(el('line', { x1: 0, y1: 0, x2: 0, y2: 5, stroke: '#c3cad8', 'stroke-width': 2 }));
    defs.appendChild(pattern);
    svg.appendChild(defs);
  }

  global.Charts = { steps, lines, hbars, groupedBars };
})(window);

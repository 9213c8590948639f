/* Sponsor dashboard: polls the outcome API every 2 s and draws what the signed-in user may see. */
(function () {
  'use strict';
  const POLL_MS = 2000;
  // Live, the service is a fetch or a flush behind (tens of events and subjects); a rebuild or a batch load is
  // thousands behind.
  const CATCHING_UP = 1000;
  const PALETTE = ['#2563eb', '#d97706', '#059669', '#db2777', '#7c3aed', '#0891b2'];
  const POOLED_COLOR = '#4f46e5';
  const MEASURE_NAMES = {
    percentAreaReduction: 'Wound area reduction (%)', abi: 'Ankle-brachial index', toePressureMmHg: 'Toe pressure (mmHg)',
    tcpo2MmHg: 'TcPO2 (mmHg)', skinTemperatureC: 'Skin temperature (°C)', claudicationDistanceM: 'Claudication distance (m)',
    hba1cPercent: 'HbA1c (%)'
  };
  const state = { trials: [], trialId: null, me: null, closedAllowed: true, lastOk: 0 };
  const $ = id => document.getElementById(id);

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    const number = name => response.headers.get(name) === null ? null : Number(response.headers.get(name));
    return {
      status: response.status,
      body: response.status === 204 ? null : await response.json().catch(() => null),
      backlog: { events: number('X-Trialstream-Events-Behind'), subjects: number('X-Trialstream-Subjects-Pending') }
    };
  }

  async function start() {
    const [trials, me] = await Promise.all([getJson('/api/v1/trials'), getJson('/api/v1/me')]);
    state.trials = trials.body || [];
    state.me = me.body;
    $('who').innerHTML = state.me ? `Signed in as <b>${esc(state.me.username)}</b> · ${state.me.audience === 'DMC' ? 'DMC (closed report)' : 'Sponsor'}` : '';
    const wanted = new URLSearchParams(location.search).get('trial');
    state.trialId = (state.trials.find(t => t.trialId === wanted) || state.trials[0] || {}).trialId;
    const picker = $('trial-picker');
    state.trials.forEach(t => {
      const option = document.createElement('option');
      option.value = t.trialId;
      option.textContent = `${t.trialId} · ${t.title}`;
      picker.appendChild(option);
    });
    picker.value = state.trialId;
    picker.addEventListener('change', () => {
      state.trialId = picker.value;
      state.closedAllowed = true;
      history.replaceState(null, '', `?trial=${encodeURIComponent(state.trialId)}`);
      poll();
    });
    poll();
    setInterval(poll, POLL_MS);
  }

  async function poll() {
    if (!state.trialId) return;
    const base = `/api/v1/trials/${encodeURIComponent(state.trialId)}/outcomes`;
    try {
      let result = state.closedAllowed ? await getJson(base + '/closed') : await getJson(base);
      if (result.status === 403 && state.closedAllowed) {
        state.closedAllowed = false;
        result = await getJson(base);
      }
      if (result.status === 200) {
        // A blinded trial may be unblinded at any time: try the closed report again once it is.
        if (!state.closedAllowed && result.body.blinded === false) state.closedAllowed = true;
        state.lastOk = Date.now();
        render(result.body, result.backlog);
        $('notice').hidden = true;
      } else {
        showNotice(result.body && result.body.detail ? result.body.detail : `The service answered ${result.status}`);
      }
    } catch (e) {
      showNotice('The outcome service cannot be reached; retrying.');
    }
    $('live').classList.toggle('stale', Date.now() - state.lastOk > 3 * POLL_MS);
  }

  function showNotice(text) {
    const notice = $('notice');
    notice.textContent = text;
    notice.hidden = false;
  }

  function groups(report) {
    if (report.arms && report.arms.length) {
      return report.arms.map((arm, i) => ({ arm, color: PALETTE[i % PALETTE.length], label: arm.label || arm.armCode }));
    }
    return [{ arm: report.pooled, color: POOLED_COLOR, label: 'All subjects (pooled)' }];
  }

  function render(report, backlog) {
    $('trial-title').textContent = report.title || report.trialId;
    $('trial-subtitle').textContent = `${report.trialId} · unit of analysis: ${report.unitOfAnalysis.toLowerCase()} · ` +
      `counts below ${report.smallCellThreshold} hidden for sponsors`;
    const badge = $('blinding-badge');
    if (report.blinded) {
      badge.className = 'badge blinded';
      badge.textContent = report.scope === 'CLOSED_BY_ARM' ? 'Blinded · DMC view by arm' : 'Blinded · pooled view';
    } else if (report.unblinding) {
      badge.className = 'badge unblinded';
      badge.textContent = 'Unblinded';
      badge.title = `${report.unblinding.actorId}, ${fmtDate(report.unblinding.at)}: ${report.unblinding.reason}`;
    } else {
      badge.className = 'badge open';
      badge.textContent = 'Open label';
    }
    // Far behind the topics (a rebuild, or a batch load ahead of the service), the figures are not yet the trial's.
    const events = backlog.events || 0;
    const subjects = backlog.subjects || 0;
    const catchingUp = events >= CATCHING_UP || subjects >= CATCHING_UP;
    $('live').classList.toggle('catching-up', catchingUp);
    const asOf = report.updatedAt ? `data as of ${fmtDate(report.updatedAt)}` : 'no events yet';
    const waiting = [events ? `${events.toLocaleString('en')} events to read` : null,
      subjects ? `${subjects.toLocaleString('en')} subjects to summarise` : null].filter(Boolean).join(', ');
    $('updated').textContent = catchingUp ? `catching up · ${waiting} · ${asOf}` : `live · ${asOf}`;
    renderTiles(report);
    renderKaplanMeier(report);
    renderAreaReduction(report);
    renderSites(report);
    renderSafety(report);
    renderAmputation(report);
    renderMeasures(report);
    $('foot').textContent = report.scope === 'CLOSED_BY_ARM'
      ? 'Closed report: results by arm.' : 'Open report: results pooled over arms while the trial is blinded.';
  }

  function count(arm, key) {
    const value = arm.counts[key];
    return value === null || value === undefined ? null : value;
  }

  function shown(value, suffix) {
    return value === null ? '<span class="suppressed" title="suppressed: small cell">&lt; n</span>' : `${value}${suffix || ''}`;
  }

  function renderTiles(report) {
    const p = report.pooled;
    const median = p.timeToClosure || {};
    const ci = median.days === null || median.days === undefined ? '<span class="small">not reached</span>'
      : `${Math.round(median.days)} d`;
    const ciText = `95% CI ${median.lower95 == null ? '–' : Math.round(median.lower95)} to ${median.upper95 == null ? 'NR' : Math.round(median.upper95)}`;
    const tiles = [
      ['Enrolled', shown(count(p, 'enrolledSubjects')), `${report.sites.length} sites`],
      [report.unitOfAnalysis === 'LIMB' ? 'Limbs analysed' : 'Subjects analysed', shown(count(p, 'analysedUnits')), 'with a wound assessment'],
      ['Confirmed closures', shown(count(p, 'closedUnits')), `${shown(count(p, 'awaitingConfirmation'))} awaiting confirmation`],
      ['Median time to closure', ci, ciText],
      ['PAR ≥ 50 % at week 4', p.week4ResponderShare == null ? '–' : pct(p.week4ResponderShare),
        `of ${shown(count(p, 'week4Evaluable'))} evaluable`],
      ['Serious AEs', shown(count(p, 'safety.seriousEvents')), `${shown(count(p, 'safety.events'))} AEs in total`, true],
      ['SUSARs', shown(count(p, 'safety.susars')), 'suspected unexpected serious', true],
      ['Grade ≥ 3', shown(count(p, 'safety.subjectsWithGrade3OrWorse')), 'subjects with an event'],
      ['Visits done', shown(count(p, 'visits.done')), `${shown(count(p, 'visits.missed'))} missed · ${shown(count(p, 'visits.outOfWindow'))} out of window`]
    ];
    if (p.objectiveResponseOrStableShare !== null && p.objectiveResponseOrStableShare !== undefined) {
      tiles.push(['ORR + SD', pct(p.objectiveResponseOrStableShare), `ORR ${pct(p.objectiveResponseRate)}`]);
    }
    if (p.counts['diabetes.evaluable'] !== undefined) {
      tiles.push(['HbA1c < 7 %', shown(count(p, 'diabetes.hba1cBelow7')), `${shown(count(p, 'diabetes.insulinIndependent'))} insulin-independent`]);
    }
    $('tiles').innerHTML = tiles.map(([label, value, sub, alert]) =>
      `<div class="tile${alert && value !== '0' && !String(value).includes('suppressed') ? ' alert' : ''}">` +
      `<div class="label">${label}</div><div class="value">${value}</div><div class="sub">${sub}</div></div>`).join('');
  }

  function renderKaplanMeier(report) {
    const gs = groups(report);
    const series = gs.map(g => {
      const pts = g.arm.closureCurve.filter(p => p.events > 0).map(p => ({ x: p.day, y: 1 - p.survival }));
      const censored = g.arm.closureCurve.filter(p => p.censored > 0).map(p => ({ x: p.day, y: 1 - p.survival }));
      const median = g.arm.timeToClosure && g.arm.timeToClosure.days;
      const last = g.arm.closureCurve.length ? g.arm.closureCurve[g.arm.closureCurve.length - 1].day : 0;
      return { label: g.label, color: g.color, points: pts, censored, endX: last,
        marker: median != null ? { x: median, y: 0.5, label: `${Math.round(median)} d` } : null };
    });
    const atRisk = gs.map(g => ({ color: g.color, at: day => atRiskAt(g.arm.closureCurve, day) }));
    Charts.steps($('km-chart'), series, { yLabel: 'healed', reference: 0.5, atRisk, showWithoutEvents: true,
      emptyText: 'No wound assessments yet' });
    $('km-legend').innerHTML = gs.map(g => {
      const m = g.arm.timeToClosure || {};
      const med = m.days == null ? 'median not reached' : `median ${Math.round(m.days)} d (95% CI ${m.lower95 == null ? '–' : Math.round(m.lower95)}–${m.upper95 == null ? 'NR' : Math.round(m.upper95)})`;
      const trunc = g.arm.curveTruncated ? ' · tail hidden (few at risk)' : '';
      return `<span><span class="swatch" style="background:${g.color}"></span>${esc(g.label)}: ${med}${trunc}</span>`;
    }).join('');
  }

  function atRiskAt(curve, day) {
    for (const p of curve) if (p.day >= day) return p.atRisk;
    return curve.length ? 0 : '–';
  }

  function renderAreaReduction(report) {
    const gs = groups(report);
    const categories = [];
    gs.forEach(g => g.arm.measures.filter(m => m.measure === 'percentAreaReduction')
      .forEach(m => { if (!categories.includes(m.visitCode)) categories.push(m.visitCode); }));
    const series = gs.map(g => ({ label: g.label, color: g.color,
      values: g.arm.measures.filter(m => m.measure === 'percentAreaReduction')
        .map(m => ({ category: m.visitCode, mean: m.mean, sd: m.sd, n: m.n })) }));
    Charts.lines($('par-chart'), categories, series, { reference: 50, referenceLabel: '50 % (week-4 cut-point)' });
    $('par-legend').innerHTML = legend(gs);
  }

  function renderSites(report) {
    const rows = report.sites.map(s => ({ label: s.siteId, value: s.counts.enrolledSubjects === undefined ? 0 : s.counts.enrolledSubjects }));
    Charts.hbars($('site-chart'), rows, { suppressedLabel: `< ${report.smallCellThreshold} (suppressed)` });
    const hidden = rows.filter(r => r.value === null).length;
    $('site-hint').textContent = hidden ? `${hidden} site(s) hidden: small cells` : 'subjects enrolled';
  }

  function renderSafety(report) {
    const gs = groups(report);
    const grades = [1, 2, 3, 4, 5];
    const series = gs.map(g => ({ label: g.label, color: g.color, values: grades.map(k => count(g.arm, `safety.grade${k}`)) }));
    Charts.groupedBars($('ae-chart'), grades.map(k => `G${k}`), series, { emptyText: 'No adverse events reported' });
    $('ae-legend').innerHTML = legend(gs) + '<span class="suppressed">hatched: suppressed small cell</span>';
  }

  function renderAmputation(report) {
    const gs = groups(report);
    const series = gs.map(g => ({ label: g.label, color: g.color,
      points: g.arm.amputationIncidence.filter(p => p.incidence > 0).map(p => ({ x: p.day, y: p.incidence })) }));
    const max = Math.max(0.1, ...series.flatMap(s => s.points.map(p => p.y)));
    Charts.steps($('amp-chart'), series, { width: 560, height: 260, yMax: Math.min(1, Math.ceil(max * 10) / 10 + 0.1),
      emptyText: 'No major amputations' });
    $('amp-legend').innerHTML = gs.map(g =>
      `<span><span class="swatch" style="background:${g.color}"></span>${esc(g.label)}: ${shown(count(g.arm, 'majorAmputations'))} amputations, ${shown(count(g.arm, 'safety.deaths'))} deaths</span>`).join('');
  }

  function renderMeasures(report) {
    const gs = groups(report);
    const visits = [];
    gs.forEach(g => g.arm.measures.forEach(m => { if (!visits.includes(m.visitCode)) visits.push(m.visitCode); }));
    const measures = Object.keys(MEASURE_NAMES).filter(key => gs.some(g => g.arm.measures.some(m => m.measure === key)));
    if (!measures.length) {
      $('measures').innerHTML = '<div class="empty chart">No follow-up measurements yet</div>';
      return;
    }
    let html = '<table><thead><tr><th>Measure</th><th>Group</th>' + visits.map(v => `<th>${esc(v)}</th>`).join('') + '</tr></thead><tbody>';
    measures.forEach(key => gs.forEach((g, gi) => {
      html += `<tr><td>${gi === 0 ? MEASURE_NAMES[key] : ''}</td><td><span class="swatch" style="background:${g.color};display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:6px"></span>${esc(g.label)}</td>`;
      visits.forEach(v => {
        const m = g.arm.measures.find(x => x.measure === key && x.visitCode === v);
        html += '<td>' + (!m ? '' : m.suppressed ? '<span class="suppressed">suppressed</span>'
          : `${m.n} · ${fmt(m.mean)}${m.sd == null ? '' : ` (${fmt(m.sd)})`}`) + '</td>';
      });
      html += '</tr>';
    }));
    $('measures').innerHTML = html + '</tbody></table>';
  }

  function legend(gs) {
    return gs.map(g => `<span><span class="swatch" style="background:${g.color}"></span>${esc(g.label)}</span>`).join('');
  }

  function fmt(v) { return v === null || v === undefined ? '–' : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2); }
  function pct(v) { return v === null || v === undefined ? '–' : `${Math.round(v * 100)} %`; }
  function fmtDate(iso) { return new Date(iso).toISOString().replace('T', ' ').slice(0, 16) + ' UTC'; }
  function esc(s) { return String(s).replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c])); }

  start();
})();

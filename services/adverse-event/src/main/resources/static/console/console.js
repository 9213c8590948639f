// Monitor console: the alert list from GET /api/v1/alerts, then live changes from the SSE stream
// (/api/v1/alerts/stream). The browser's Basic auth session (same origin) authenticates both.
'use strict';

const SEVERITY_RANK = { CRITICAL: 4, URGENT: 3, WARNING: 2, INFO: 1 };
const CLOCK_NAMES = {
  SITE_TO_SPONSOR_24H: 'Site 24h',
  SUSAR_FATAL_OR_LIFE_THREATENING_7D: 'SUSAR 7d',
  SUSAR_COMPLETE_REPORT_8D: 'Complete 8d',
  SUSAR_OTHER_15D: 'SUSAR 15d'
};
const KIND_NAMES = {
  SUSAR: 'SUSAR', DEATH: 'Death', SERIOUS_ADVERSE_EVENT: 'Serious AE', MAJOR_AMPUTATION: 'Major amputation',
  EVENT_OF_SPECIAL_INTEREST: 'Special interest', SUGGESTED_ADVERSE_EVENT: 'Suggested AE (lab)'
};
const STREAM_EVENTS = ['alert-raised', 'alert-updated', 'alert-acknowledged', 'alert-escalated'];

const alerts = new Map();
// Absolute URLs from the origin: a page opened as http://user:pass@host/ may not fetch() URLs relative to itself.
const api = (path) => `${window.location.origin}${path}`;
const flashing = new Set();
const rows = document.getElementById('alert-rows');

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

function utc(iso) {
  return iso ? iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, '') : '';
}

function timeLeft(iso, now) {
  const ms = Date.parse(iso) - now;
  const abs = Math.abs(ms);
  const d = Math.floor(abs / 86400000);
  const h = Math.floor((abs % 86400000) / 3600000);
  const m = Math.floor((abs % 3600000) / 60000);
  const s = Math.floor((abs % 60000) / 1000);
  const text = d > 0 ? `${d}d ${h}h` : h > 0 ? `${h}h ${m}m` : `${m}m ${s}s`;
  return ms < 0 ? `overdue ${text}` : `${text} left`;
}

// Same order as the server: nearest running clock first, then severity, then newest.
function compare(a, b) {
  if (a.nextDueAt && b.nextDueAt && a.nextDueAt !== b.nextDueAt) return a.nextDueAt < b.nextDueAt ? -1 : 1;
  if (a.nextDueAt && !b.nextDueAt) return -1;
  if (!a.nextDueAt && b.nextDueAt) return 1;
  const severity = (SEVERITY_RANK[b.severity] || 0) - (SEVERITY_RANK[a.severity] || 0);
  if (severity !== 0) return severity;
  return a.raisedAt < b.raisedAt ? 1 : a.raisedAt > b.raisedAt ? -1 : 0;
}

function clockCell(alert, now) {
  const cell = el('td');
  if (!alert.clocks.length) {
    cell.appendChild(el('span', 'clock none', '—'));
    return cell;
  }
  for (const clock of alert.clocks) {
    const line = el('div', `clock ${clock.status}`);
    line.dataset.due = clock.dueAt;
    if (clock.status === 'RUNNING') {
      const ms = Date.parse(clock.dueAt) - now;
      if (ms < 0) line.classList.add('overdue');
      else if (ms < 86400000) line.classList.add('soon');
    }
    line.appendChild(el('span', 'name', CLOCK_NAMES[clock.kind] || clock.kind));
    line.appendChild(document.createTextNode(utc(clock.dueAt)));
    const left = clock.status === 'RUNNING' ? timeLeft(clock.dueAt, now)
      : clock.status === 'MET' ? 'met' : 'nullified';
    line.appendChild(el('span', 'left', left));
    cell.appendChild(line);
  }
  return cell;
}

function statusCell(alert) {
  const cell = el('td', 'status');
  if (alert.acknowledgement) {
    cell.appendChild(el('div', 'ack', `✓ Acknowledged by ${alert.acknowledgement.by}`));
    cell.appendChild(el('div', 'time', utc(alert.acknowledgement.at)));
  } else {
    cell.appendChild(el('div', null, 'Open'));
  }
  if (alert.escalationLevel > 0) {
    cell.appendChild(el('span', 'badge escalation', `ESCALATED L${alert.escalationLevel}`));
  }
  return cell;
}

function row(alert, now) {
  const tr = el('tr', `sev-${alert.severity}`);
  tr.dataset.alertId = alert.alertId;
  if (alert.acknowledgement) tr.classList.add('acknowledged');
  if (alert.escalationLevel > 0) tr.classList.add('escalated');
  if (flashing.has(alert.alertId)) tr.classList.add('flash');

  const severity = el('td');
  severity.appendChild(el('span', `badge sev-${alert.severity}`, alert.severity));
  tr.appendChild(severity);

  const kind = el('td');
  kind.appendChild(el('div', 'kind', KIND_NAMES[alert.kind] || alert.kind));
  if (alert.ctcaeGrade) kind.appendChild(el('div', 'grade', `CTCAE grade ${alert.ctcaeGrade}`));
  tr.appendChild(kind);

  const where = el('td');
  where.appendChild(el('div', null, alert.trialId));
  where.appendChild(el('div', 'site', alert.siteId));
  tr.appendChild(where);

  tr.appendChild(el('td', 'subject', alert.subjectId));

  const reason = el('td', 'reason');
  reason.title = `Source events: ${alert.sourceEventIds.join(', ')}`;
  reason.appendChild(el('div', null, alert.reason));
  if (alert.changeSummary) reason.appendChild(el('div', 'change', `rev ${alert.revision}: ${alert.changeSummary}`));
  tr.appendChild(reason);

  tr.appendChild(clockCell(alert, now));
  tr.appendChild(el('td', 'time', utc(alert.sponsorAwareAt)));
  tr.appendChild(statusCell(alert));

  const action = el('td');
  if (!alert.acknowledgement) {
    const button = el('button', 'ack-button', 'Acknowledge');
    button.type = 'button';
    button.addEventListener('click', () => acknowledge(alert.alertId, button));
    action.appendChild(button);
  }
  tr.appendChild(action);
  return tr;
}

// Rows are rebuilt only for alerts that changed, and moved only when the order changed, so a row (and the button
// under the monitor's mouse) stays in place while other alerts stream in.
const renderedRows = new Map();

function render() {
  const now = Date.now();
  const hideAcknowledged = document.getElementById('hide-acknowledged').checked;
  const sorted = [...alerts.values()].sort(compare);
  const counts = { CRITICAL: 0, URGENT: 0, WARNING: 0, INFO: 0, open: 0, escalated: 0 };
  const visible = [];
  for (const alert of sorted) {
    if (!alert.acknowledgement) {
      counts[alert.severity] = (counts[alert.severity] || 0) + 1;
      counts.open++;
      if (alert.escalationLevel > 0) counts.escalated++;
    }
    if (hideAcknowledged && alert.acknowledgement) continue;
    const key = JSON.stringify(alert);
    let rendered = renderedRows.get(alert.alertId);
    if (!rendered || rendered.key !== key) {
      const tr = row(alert, now);
      if (rendered) rendered.tr.replaceWith(tr);
      rendered = { key, tr };
      renderedRows.set(alert.alertId, rendered);
    }
    visible.push(rendered.tr);
  }
  const keep = new Set(visible);
  for (const tr of [...rows.children]) {
    if (!keep.has(tr)) tr.remove();
  }
  visible.forEach((tr, index) => {
    if (rows.children[index] !== tr) rows.insertBefore(tr, rows.children[index] || null);
  });
  for (const [key, value] of Object.entries(counts)) {
    const node = document.getElementById(`count-${key}`);
    if (node) node.textContent = value;
  }
  document.getElementById('empty').hidden = sorted.length > 0;
}

function upsert(alert, flash) {
  alerts.set(alert.alertId, alert);
  if (flash) {
    renderedRows.delete(alert.alertId);
    flashing.add(alert.alertId);
    setTimeout(() => flashing.delete(alert.alertId), 2500);
  }
}

function toast(text) {
  const node = document.getElementById('toast');
  node.textContent = text;
  node.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { node.hidden = true; }, 6000);
}

async function acknowledge(alertId, button) {
  button.disabled = true;
  try {
    const response = await fetch(api(`/api/v1/alerts/${encodeURIComponent(alertId)}/acknowledgements`), {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}'
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      toast(body.detail || `Acknowledgement failed (${response.status})`);
      button.disabled = false;
      return;
    }
    upsert(body, false);
    render();
  } catch (error) {
    toast(`Acknowledgement failed: ${error.message}`);
    button.disabled = false;
  }
}

function setConnection(state, text) {
  const node = document.getElementById('conn');
  node.dataset.state = state;
  document.getElementById('conn-text').textContent = text;
}

function connect(lastEventId) {
  // EventSource resends the last id it saw (Last-Event-ID) when it reconnects by itself.
  const source = new EventSource(api(`/api/v1/alerts/stream?lastEventId=${lastEventId}`));
  source.onopen = () => setConnection('live', 'live');
  source.onerror = () => setConnection(source.readyState === EventSource.CLOSED ? 'offline' : 'reconnecting',
    source.readyState === EventSource.CLOSED ? 'offline' : 'reconnecting');
  for (const name of STREAM_EVENTS) {
    source.addEventListener(name, (event) => {
      const data = JSON.parse(event.data);
      upsert(data.alert, true);
      render();
    });
  }
}

// Once a second: the UTC clock and each running clock's time left, in place (no re-render under the mouse).
function tick() {
  const now = Date.now();
  document.getElementById('utc-now').textContent = new Date(now).toISOString().substring(11, 19);
  for (const line of rows.querySelectorAll('.clock.RUNNING')) {
    const ms = Date.parse(line.dataset.due) - now;
    line.classList.toggle('overdue', ms < 0);
    line.classList.toggle('soon', ms >= 0 && ms < 86400000);
    line.querySelector('.left').textContent = timeLeft(line.dataset.due, now);
  }
}

async function start() {
  document.getElementById('hide-acknowledged').addEventListener('change', render);
  const me = await fetch(api('/api/v1/me')).then((r) => r.json());
  document.getElementById('who').textContent =
    `${me.username} · ${me.role} · ${me.trials.includes('*') ? 'all trials' : me.trials.join(', ')}`;
  const list = await fetch(api('/api/v1/alerts')).then((r) => r.json());
  list.alerts.forEach((alert) => upsert(alert, false));
  render();
  connect(list.lastEventId);
  setInterval(tick, 1000);
}

start().catch((error) => {
  setConnection('offline', 'offline');
  toast(`Could not load alerts: ${error.message}`);
});

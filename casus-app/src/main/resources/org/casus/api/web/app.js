// casus serve: the page. Filter state lives in the URL (?actor=IRN&from=...), so a view can be shared.
'use strict';
(function () {
  const FILTERS = ['from', 'to', 'actor', 'country', 'sector', 'dyad', 'directed', 'code', 'root', 'quad', 'plover',
    'place_country', 'place', 'mode', 'text', 'group'];
  const QUAD = { 1: '#2c7bb6', 2: '#1a9641', 3: '#fdae61', 4: '#d7191c', 0: '#888888' };
  const QUAD_NAME = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };
  const PAGE = 100;
  const state = { offset: 0, total: 0, mapPoints: 0, mapCountries: 0, loads: 0 };
  window.casus = state; // read by the browser tests

  const $ = (s) => document.querySelector(s);
  const el = (tag, attrs, ...kids) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') e.className = v; else if (k === 'text') e.textContent = v; else e.setAttribute(k, v);
    }
    for (const k of kids) if (k != null) e.append(k);
    return e;
  };

  function filtersFromUrl() {
    const u = new URLSearchParams(location.search);
    const f = {};
    for (const k of FILTERS) if (u.get(k)) f[k] = u.get(k);
    return f;
  }

  function filtersFromForm() {
    const f = filtersFromUrl(); // keeps filters the form has no field for (group, place ...)
    for (const input of $('#filters').querySelectorAll('[name]')) {
      const v = input.value.trim();
      if (v) f[input.name] = v; else delete f[input.name];
    }
    return f;
  }

  function fillForm(f) {
    for (const input of $('#filters').querySelectorAll('[name]')) input.value = f[input.name] || '';
  }

  function query(f, extra) {
    const u = new URLSearchParams();
    for (const k of FILTERS) if (f[k]) u.set(k, f[k]);
    for (const [k, v] of Object.entries(extra || {})) u.set(k, v);
    return u.toString();
  }

  async function api(path) {
    const r = await fetch(path, { headers: { Accept: 'application/json' } });
    const body = await r.json().catch(() => ({ error: 'the server sent no JSON (' + r.status + ')' }));
    if (!r.ok) throw new Error((body.field ? body.field + ': ' : '') + (body.error || r.status));
    return body;
  }

  function showError(e) {
    const box = $('#error');
    if (!e) { box.hidden = true; box.textContent = ''; return; }
    box.hidden = false;
    box.textContent = String(e.message || e);
  }

  // ---- map ----
  const map = L.map('map', { worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([25, 20], 2);
  const clusters = L.markerClusterGroup({
    showCoverageOnHover: false,
    iconCreateFunction: (c) => {
      const n = [0, 0, 0, 0, 0];
      for (const m of c.getAllChildMarkers()) n[m.options.quad || 0]++;
      const q = n.indexOf(Math.max(...n));
      const size = 22 + Math.min(20, Math.round(Math.log2(c.getChildCount()) * 4));
      return L.divIcon({ html: '<div class="cluster-icon q' + q + '" style="width:' + size + 'px;height:' + size
        + 'px">' + c.getChildCount() + '</div>', className: 'event-cluster', iconSize: [size, size] });
    }
  }).addTo(map);
  let countryLayer = null;
  let baseLayer = null;
  let shapes = null;
  let numericByAlpha3 = null;

  // Rings that cross the antimeridian (Russia, Fiji) would be drawn across the whole map: shift their
  // negative longitudes by 360 degrees.
  function fixAntimeridian(geometry) {
    const fixRing = (ring) => {
      let min = 180, max = -180;
      for (const p of ring) { min = Math.min(min, p[0]); max = Math.max(max, p[0]); }
      return max - min > 180 ? ring.map((p) => [p[0] < 0 ? p[0] + 360 : p[0], p[1]]) : ring;
    };
    if (geometry.type === 'Polygon') geometry.coordinates = geometry.coordinates.map(fixRing);
    if (geometry.type === 'MultiPolygon') geometry.coordinates = geometry.coordinates.map((poly) => poly.map(fixRing));
    return geometry;
  }

  async function loadShapes() {
    if (shapes) return;
    const [topo, codes] = await Promise.all([
      fetch('/vendor/world-atlas/countries-110m.json').then((r) => r.json()),
      fetch('/vendor/i18n-iso-countries/codes.json').then((r) => r.json())]);
    numericByAlpha3 = {};
    for (const c of codes) numericByAlpha3[c[1]] = c[2];
    numericByAlpha3.KSV = 'Kosovo'; // no ISO numeric code: the atlas names it
    const fc = topojson.feature(topo, topo.objects.countries);
    shapes = {};
    for (const f of fc.features) {
      fixAntimeridian(f.geometry);
      shapes[f.id || f.properties.name] = f;
    }
    // The base map: every country's outline, drawn from the vendored shapes (no tile server, works offline).
    baseLayer = L.geoJSON(fc, { style: { color: '#9aa', weight: 0.6, fillColor: '#e8ebe6', fillOpacity: 1 }, interactive: false })
      .addTo(map);
    baseLayer.bringToBack();
  }

  function drawMap(data) {
    clusters.clearLayers();
    const markers = data.points.map((p) => {
      const m = L.marker([p.lat, p.lon], {
        quad: p.quad_class,
        icon: L.divIcon({ className: 'event-point q' + p.quad_class, iconSize: [12, 12] }),
        title: p.date + ' ' + p.code + ' ' + p.code_name + ' (' + p.place + ')'
      });
      m.on('click', () => openEvent(p.id));
      return m;
    });
    clusters.addLayers(markers);
    if (countryLayer) map.removeLayer(countryLayer);
    const features = [];
    const max = Math.max(1, ...data.countries.map((c) => c.events));
    for (const c of data.countries) {
      const f = shapes && shapes[numericByAlpha3[c.country]];
      if (!f) continue;
      const by = c.by_quad_class;
      const q = by.indexOf(Math.max(...by));
      features.push({ type: 'Feature', geometry: f.geometry, properties: { country: c.country, events: c.events, quad: q, max: max } });
    }
    countryLayer = L.geoJSON({ type: 'FeatureCollection', features: features }, {
      style: (f) => ({ color: QUAD[f.properties.quad], weight: 1, fillColor: QUAD[f.properties.quad],
        fillOpacity: 0.15 + 0.5 * f.properties.events / f.properties.max, className: 'country-shade' }),
      onEachFeature: (f, layer) => layer.bindTooltip(f.properties.country + ': ' + f.properties.events
        + ' event(s) placed only to the country or a region')
    }).addTo(map);
    if (baseLayer) baseLayer.bringToBack();
    state.mapPoints = markers.length;
    state.mapCountries = features.length;
    $('#map-note').textContent = markers.length + ' event(s) at a city or locality (points)'
      + (data.truncated ? ', the first ' + markers.length + ' shown' : '') + '; ' + features.length
      + ' countr' + (features.length === 1 ? 'y' : 'ies') + ' shaded for events placed only to a country or region.';
    if (markers.length > 0) {
      map.fitBounds(clusters.getBounds().pad(0.3), { maxZoom: 6 });
    } else if (countryLayer.getLayers().length > 0) {
      map.fitBounds(countryLayer.getBounds(), { maxZoom: 5 });
    }
  }

  // ---- timeline ----
  let chart = null;
  // Buckets without events are not in the answer; put them back (up to 3,000) so time runs evenly.
  function fillGaps(series, bucket) {
    if (series.length < 2) return series;
    const byStart = new Map(series.map((s) => [s.start, s]));
    const out = [];
    const d = new Date(series[0].start + 'T00:00:00Z');
    const end = new Date(series[series.length - 1].start + 'T00:00:00Z');
    while (d <= end && out.length <= 3000) {
      const key = d.toISOString().slice(0, 10);
      out.push(byStart.get(key) || { start: key, q1: 0, q2: 0, q3: 0, q4: 0, events: 0, goldstein_mean: null });
      if (bucket === 'day') d.setUTCDate(d.getUTCDate() + 1);
      else if (bucket === 'week') d.setUTCDate(d.getUTCDate() + 7);
      else d.setUTCMonth(d.getUTCMonth() + 1);
    }
    return out.length > 3000 ? series : out;
  }

  function drawTimeline(data, title) {
    $('#timeline-title').textContent = title + ' per ' + data.bucket;
    data = Object.assign({}, data, { series: fillGaps(data.series, data.bucket) });
    const labels = data.series.map((s) => s.start);
    const sets = [1, 2, 3, 4].map((q) => ({ type: 'bar', label: q + ' ' + QUAD_NAME[q], data: data.series.map((s) => s['q' + q]),
      backgroundColor: QUAD[q], stack: 'events', yAxisID: 'y' }));
    sets.push({ type: 'line', label: 'mean Goldstein', data: data.series.map((s) => s.goldstein_mean), borderColor: '#333',
      backgroundColor: '#333', yAxisID: 'g', tension: 0.2, pointRadius: 2, spanGaps: false });
    if (chart) chart.destroy();
    chart = new Chart($('#timeline'), {
      data: { labels: labels, datasets: sets },
      options: { animation: false, maintainAspectRatio: false, responsive: true,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, title: { display: true, text: 'events' } },
          g: { position: 'right', min: -10, max: 10, grid: { drawOnChartArea: false }, title: { display: true, text: 'Goldstein' } } },
        plugins: { legend: { labels: { boxWidth: 10 } } } }
    });
    state.timelineBuckets = labels.length;
  }

  // ---- table ----
  function placeText(p) {
    return p ? p.name + (p.country ? ' (' + p.country + ')' : '') : '';
  }

  function row(e, onClick) {
    const tr = el('tr', { 'data-id': e.id },
      el('td', { text: e.date || 'unknown' }),
      el('td', { title: e.source_names, text: e.source }),
      el('td', {}, el('span', { class: 'code', text: e.code }), ' ', el('span', { class: 'code-name', text: e.code_name })),
      el('td', { title: e.target_names, text: e.target }),
      el('td', { text: placeText(e.place) }),
      el('td', { text: e.killed }),
      el('td', { text: String(e.mentions) }));
    tr.addEventListener('click', onClick);
    return tr;
  }

  function drawTable(page) {
    const body = $('#events tbody');
    body.replaceChildren(...page.events.map((e) => row(e, () => openEvent(e.id))));
    state.total = page.total;
    const last = page.offset + page.events.length;
    $('#table-title').textContent = page.total === 0 ? 'No events match'
      : 'Events ' + (page.offset + 1) + '–' + last + ' of ' + page.total;
    $('#prev').disabled = page.offset === 0;
    $('#next').disabled = page.next_offset === null;
  }

  // ---- event view ----
  function sentenceWithMarks(view) {
    const p = el('p', { class: 'sentence' });
    let at = 0;
    for (const m of view.marks) {
      if (m.begin > at) p.append(view.sentence.slice(at, m.begin));
      p.append(el('mark', { class: m.role, title: m.role, text: view.sentence.slice(m.begin, m.end) }));
      at = m.end;
    }
    p.append(view.sentence.slice(at));
    return p;
  }

  function facts(pairs) {
    const dl = el('dl', { class: 'facts' });
    for (const [k, v] of pairs) if (v !== undefined && v !== null && v !== '') dl.append(el('dt', { text: k }), el('dd', { text: String(v) }));
    return dl;
  }

  function eventFacts(e, rule, date, resources) {
    return facts([
      ['event', e.id], ['code', e.code + ' ' + e.code_name + (e.quad_class ? ' (QuadClass ' + e.quad_class + ', Goldstein ' + e.goldstein + ')' : '')],
      ['PLOVER', e.plover_type], ['source', e.source + (e.source_names ? ' — ' + e.source_names : '')],
      ['target', e.target + (e.target_names ? ' — ' + e.target_names : '')], ['mode', e.mode],
      ['date', (e.date || 'unknown') + (date ? ' (basis: ' + date.basis + (date.expression ? ', from "' + date.expression + '"' : '') + ')' : '')],
      ['place', e.place ? placeText(e.place) + ', ' + e.place.precision + ' precision' : 'unknown'],
      ['killed', e.killed], ['rule', rule],
      ['resources', resources ? Object.entries(resources).map(([k, v]) => k + ' ' + v).join(', ') : '']]);
  }

  async function openEvent(id) {
    const box = $('#event-view');
    try {
      const d = await api('/api/events/' + encodeURIComponent(id));
      for (const tr of document.querySelectorAll('#events tbody tr')) tr.classList.toggle('selected', tr.dataset.id === id);
      const elsewhere = d.actors.filter((a) => !a.in_sentence)
        .map((a) => a.role + ' "' + a.text + '"').join(', ');
      const parts = [sentenceWithMarks(d.view),
        elsewhere ? el('p', { class: 'muted elsewhere', text: 'Named in another sentence of the article: ' + elsewhere + '.' }) : null,
        el('p', { class: 'muted', text: 'Article ' + d.article.id + (d.article.title ? ': ' + d.article.title : '')
          + (d.article.published ? ', ' + d.article.published : '') + (d.article.outlet ? ', ' + d.article.outlet : '') }),
        eventFacts(d.event, d.rule, d.date, d.resources)];
      if (d.group && d.group.members.length > 1) {
        const list = el('ul', { class: 'group' });
        for (const m of d.group.members) {
          if (m.id === d.event.id) continue;
          const a = el('a', { href: '#', text: m.id });
          a.addEventListener('click', (ev) => { ev.preventDefault(); openEvent(m.id); });
          list.append(el('li', {}, a, ' ' + m.date + ' ' + m.source + ' ' + m.code + ' ' + m.target + ' — ' + m.reason));
        }
        parts.push(el('div', {}, el('strong', { text: 'Other reports of this event (group ' + d.group.group_id + ')' }), list));
      } else {
        parts.push(el('p', { class: 'muted', text: 'No other report of this event.' }));
      }
      box.className = '';
      box.replaceChildren(...parts.filter(Boolean));
      box.dataset.id = id;
    } catch (e) {
      showError(e);
    }
  }

  // ---- loading ----
  async function load(f) {
    showError(null);
    const q = query(f);
    history.replaceState(null, '', q ? '?' + q : location.pathname);
    $('#download').href = '/api/export?' + query(f, { format: $('#download-format').value });
    const bucket = $('#bucket').value;
    try {
      await loadShapes();
      const [page, mapData, series] = await Promise.all([
        api('/api/events?' + query(f, { limit: PAGE, offset: state.offset })),
        api('/api/map?' + q),
        f.dyad && !f.directed && Object.keys(f).length === 1
          ? api('/api/dyads?' + new URLSearchParams({ a: f.dyad.split(',')[0], b: f.dyad.split(',')[1] || '', bucket: bucket }))
          : api('/api/timeline?' + query(f, { bucket: bucket }))]);
      drawTable(page);
      drawMap(mapData);
      drawTimeline(series, f.dyad ? 'Events of ' + f.dyad.replace(',', '–') : 'Events');
      state.loads++;
    } catch (e) {
      showError(e);
    }
  }

  $('#filters').addEventListener('submit', (ev) => { ev.preventDefault(); state.offset = 0; load(filtersFromForm()); });
  $('#reset').addEventListener('click', () => { fillForm({}); history.replaceState(null, '', location.pathname); state.offset = 0; load({}); });
  $('#bucket').addEventListener('change', () => load(filtersFromUrl()));
  $('#prev').addEventListener('click', () => { state.offset = Math.max(0, state.offset - PAGE); load(filtersFromUrl()); });
  $('#next').addEventListener('click', () => { state.offset += PAGE; load(filtersFromUrl()); });
  $('#download-format').addEventListener('change', () => {
    $('#download').href = '/api/export?' + query(filtersFromUrl(), { format: $('#download-format').value });
  });
  let actorTimer = null;
  $('#f-actor').addEventListener('input', () => {
    clearTimeout(actorTimer);
    actorTimer = setTimeout(async () => {
      try {
        const r = await api('/api/actors?' + new URLSearchParams({ q: $('#f-actor').value.trim(), limit: 15 }));
        $('#actor-list').replaceChildren(...r.actors.map((a) => el('option', { value: a.code, text: a.name + ' (' + a.events + ')' })));
      } catch (e) { /* the search box stays as it is */ }
    }, 200);
  });

  // ---- paste box ----
  $('#paste-code').addEventListener('click', async () => {
    const out = $('#paste-results');
    const button = $('#paste-code');
    button.disabled = true;
    out.replaceChildren(el('p', { class: 'muted', text: 'Coding... (the first text loads the language models, 20–30 s)' }));
    try {
      const body = { id: 'pasted', title: $('#paste-title').value, text: $('#paste-text').value };
      if ($('#paste-date').value) body.date = $('#paste-date').value;
      const r = await fetch('/api/code' + ($('#paste-store').checked ? '?store=true' : ''), {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      const d = await r.json();
      if (!r.ok) throw new Error((d.field ? d.field + ': ' : '') + d.error);
      const parts = [el('p', { class: 'paste-summary', text: d.events.length + ' event(s) in ' + d.sentences + ' sentence(s)'
        + (d.stored ? '; stored' : '') + (d.story_discard ? '; discarded as ' + d.story_discard : '') })];
      for (const e of d.events) {
        parts.push(el('div', { class: 'paste-event', 'data-id': e.id }, sentenceWithMarks(e.view), eventFacts(e, e.rule, e.date_detail, e.resources)));
      }
      out.replaceChildren(...parts);
    } catch (e) {
      out.replaceChildren(el('p', { class: 'paste-error', text: String(e.message || e) }));
    } finally {
      button.disabled = false;
    }
  });

  const legend = el('div', { class: 'legend muted' }, 'QuadClass:');
  for (const q of [1, 2, 3, 4]) legend.append(el('span', { class: 'q' + q }), QUAD_NAME[q]);
  $('#map-panel').append(legend);

  api('/api/status').then((s) => { $('#status').textContent = s.database + ': ' + s.events + ' events'; }).catch(showError);
  const initial = filtersFromUrl();
  fillForm(initial);
  load(initial);
})();

/* diplograph timeline: each event as its life cycle (proposed → agreed → scheduled → held) on a
   year-labelled axis, statements as labelled marks; rows per actor, event or pair of actors,
   items stacked in lanes so none overlap. Rows are drawn lazily (only those in view).
   Text from the data is only ever set with textContent. */
window.DGTimeline = function (D, hooks) {
  "use strict";
  var NS = "http://www.w3.org/2000/svg", DAY = 86400000, LANE = 20, PAD = 12, AXIS = 36;
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var STEPS = [[1, "d"], [2, "d"], [7, "d"], [14, "d"], [1, "m"], [2, "m"], [3, "m"], [6, "m"],
    [1, "y"], [2, "y"], [5, "y"], [10, "y"], [25, "y"], [50, "y"], [100, "y"]];
  var axisBox = document.getElementById("tl-axis"), scroll = document.getElementById("tl-scroll");
  var rowsBox = document.getElementById("tl-rows"), root = document.getElementById("timeline");
  var mode = "actor", rows = [], range = { from: null, to: null }, sel = {}, hlRow = null;
  var d0 = 0, d1 = 1, width = 600, LABEL = 160, pending = false, zoom = null, drag = null, unit = "";
  var measure = document.createElement("canvas").getContext("2d"), widths = {};
  measure.font = "11px system-ui, sans-serif";

  function el(tag, attrs, text) {
    var e = document.createElementNS(NS, tag);
    for (var k in attrs) if (attrs[k] !== undefined) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function ms(iso) { return Date.parse(iso + "T00:00:00Z"); }
  function x(t) { return LABEL + (t - d0) / (d1 - d0) * (width - LABEL - PAD); }
  function typeColor(type) { return (D.styles[type] || D.styles.event).color; }
  function statusColor(s) { return D.statusColors[s] || "#8a94a6"; }
  function textWidth(t) {  /* the sum of its characters' widths (measured once each): thousands of labels stay fast */
    var w = 0;
    for (var i = 0; i < t.length; i++) {
      var c = t.charAt(i);
      w += widths[c] !== undefined ? widths[c] : (widths[c] = measure.measureText(c).width);
    }
    return w * 1.02;  /* kerning can only bring a few pixels either way */
  }
  function short(t, n) { return t.length > n ? t.slice(0, n - 1) + "…" : t; }
  function name(id) { return D.actors[id] ? D.actors[id].label : ""; }

  /* ---------- items ---------- */
  var cache = {};
  function eventItem(id) {
    if (cache[id]) return cache[id];
    var e = D.events[id], segs = [], sp = hooks.eventSpan(id);
    var claims = e.claims.filter(function (c) { return c.on; });
    for (var i = 0; i < claims.length; i++) {  /* each status lasts until the next claim */
      var c = claims[i], next = i + 1 < claims.length ? claims[i + 1].on : (e.start && e.start > c.on ? e.start : null);
      if (segs.length && segs[segs.length - 1][2] === c.status) { if (next) segs[segs.length - 1][1] = ms(next); continue; }
      segs.push([ms(c.on), next ? ms(next) : ms(c.on) + DAY, c.status]);
    }
    var core = e.start ? [ms(e.start), ms(e.end) + DAY] : null;
    var a = Math.min(core ? core[0] : Infinity, segs.length ? segs[0][0] : Infinity);
    var b = Math.max(core ? core[1] : -Infinity, segs.length ? segs[segs.length - 1][1] : -Infinity);
    var label = hooks.eventLabel(id);
    var tip = e.label + " · " + (e.start ? hooks.days(e.start, e.end) : "undated, reported " + hooks.days(sp[0], sp[1])) +
      (e.status ? " · " + e.status : "") + (segs.length ? " · " + segs.map(function (s) { return s[2]; }).join(" → ") : "");
    return (cache[id] = { id: id, kind: "event", type: e.type, status: e.status, a: a, b: b, core: core,
      vague: !!(e.start && e.start !== e.end), undated: !e.start, segs: segs, label: label, tip: tip });
  }
  function statementItem(id) {
    if (cache[id]) return cache[id];
    var s = D.statements[id], who = name(s.speaker);
    var quote = "“" + short(s.quote, 40) + "”";
    return (cache[id] = { id: id, kind: "statement", type: "statement", a: ms(s.start), b: ms(s.end) + DAY,
      label: (who ? short(who, 20) + ": " : "") + quote, quote: quote, speaker: s.speaker, tip: (who ? who + ": " : "") + "“" + s.quote + "” · " + hooks.days(s.start, s.end) });
  }
  function events() {
    return Object.keys(D.events).filter(function (id) { return hooks.eventOn(id) && hooks.eventSpan(id)[0]; });
  }
  function statements() {
    return Object.keys(D.statements).filter(function (id) { return D.statements[id].start && hooks.statementOn(id); });
  }
  function grouped(keyed) {  /* {key: {label, items}} -> rows, busiest first */
    return Object.keys(keyed).map(function (k) { return keyed[k]; }).filter(function (r) { return r.items.length; })
      .sort(function (p, q) { return q.items.length - p.items.length || (p.label < q.label ? -1 : p.label > q.label ? 1 : 0); });
  }
  function byActor() {
    var found = {};
    function put(a, item) {
      if (!hooks.actorOn(a)) return;
      (found[a] = found[a] || { key: a, label: name(a), items: [] }).items.push(item);
    }
    events().forEach(function (id) {
      var seen = {};
      D.events[id].actors.forEach(function (p) { if (!seen[p[0]]) { seen[p[0]] = 1; put(p[0], eventItem(id)); } });
    });
    statements().forEach(function (id) { var s = D.statements[id]; if (s.speaker) put(s.speaker, statementItem(id)); });
    return grouped(found);
  }
  function byPair() {
    var found = {};
    events().forEach(function (id) {
      var who = [];
      D.events[id].actors.forEach(function (p) { if (who.indexOf(p[0]) < 0 && hooks.actorOn(p[0])) who.push(p[0]); });
      who = who.sort().slice(0, 6);
      for (var i = 0; i < who.length; i++) for (var j = i + 1; j < who.length; j++) {
        var k = who[i] + "|" + who[j];
        (found[k] = found[k] || { key: k, label: name(who[i]) + " – " + name(who[j]), items: [] }).items.push(eventItem(id));
      }
    });
    return grouped(found);
  }
  function byEvent() {
    var about = {}, loose = [];
    statements().forEach(function (id) {
      var evs = D.statements[id].about.filter(function (t) { return D.events[t]; });
      if (!evs.length) loose.push(statementItem(id));
      evs.forEach(function (e) { (about[e] = about[e] || []).push(statementItem(id)); });
    });
    var out = events().map(function (id) {
      return { key: id, label: D.events[id].label, items: [eventItem(id)].concat(about[id] || []) };
    }).sort(function (p, q) { return p.items[0].a - q.items[0].a || (p.key < q.key ? -1 : 1); });
    if (loose.length) out.push({ key: null, label: "Statements about no dated event", items: loose });
    return out;
  }

  /* ---------- geometry: lanes per row so that bars and their labels never overlap ---------- */
  var tops = [];
  function layout() {
    var top = 0;
    tops = [];
    rows.forEach(function (r) {
      var ends = [];  /* items are shared between rows, so lanes and label sides are kept per row */
      r.lane = {}; r.left = {};
      r.items.map(function (it) {  /* a label that would run off the right edge goes left of its mark */
        var xa = x(it.a), xb = Math.max(x(it.b), xa + 8), w = textWidth(labelOf(it, r)) + 12;
        var left = xb + w > width - 2 && xa - w >= LABEL;
        if (left) r.left[it.id] = true;
        return [left ? xa - w : xa, left ? xb + 4 : xb + w, it];
      }).sort(function (p, q) {  /* dated events take the top lanes, then those placed by their reports, then quotes */
        return rank(p[2]) - rank(q[2]) || p[0] - q[0] || (p[2].id < q[2].id ? -1 : 1);
      }).forEach(function (box) {
        for (var lane = 0; lane < ends.length && ends[lane] > box[0] - 4; lane++) { /* first free lane */ }
        ends[lane] = box[1];
        r.lane[box[2].id] = lane;
      });
      r.lanes = Math.max(1, ends.length);
      r.top = top;
      tops.push(top);
      top += r.lanes * LANE + 4;
    });
    return top;
  }
  function rank(it) { return it.kind !== "event" ? 2 : it.core ? 0 : 1; }
  function labelOf(it, r) { return mode === "actor" && it.speaker === r.key ? it.quote : it.label; }
  function extent() {
    var lo = Infinity, hi = -Infinity;
    rows.forEach(function (r) { r.items.forEach(function (i) { lo = Math.min(lo, i.a); hi = Math.max(hi, i.b); }); });
    if (range.from) lo = ms(range.from);
    if (range.to) hi = ms(range.to) + DAY;
    if (!isFinite(lo)) { lo = Date.UTC(2000, 0, 1); hi = lo + DAY; }
    var pad = Math.max(2 * DAY, (hi - lo) * 0.03);
    d0 = lo - pad; d1 = hi + Math.max(pad, (hi - lo) * 0.2);  /* room on the right for the last labels */
    if (zoom) { d0 = zoom[0]; d1 = zoom[1]; return; }
    var plot = width - LABEL - PAD, need = d1;
    rows.forEach(function (r) {  /* a long bar ending late has no room for its label on either side */
      r.items.forEach(function (it) {
        var w = textWidth(labelOf(it, r)) + 16;
        if (x(it.b) + w > width && x(it.a) - w < LABEL && plot - w > plot * 0.4) {
          need = Math.max(need, d0 + (it.b - d0) * plot / (plot - w));
        }
      });
    });
    d1 = Math.min(need, d0 + (d1 - d0) * 1.6);
  }

  /* ---------- zoom and pan: ctrl + wheel, buttons, drag; double-click resets ---------- */
  function zoomAt(px, factor) {
    var t = d0 + (px - LABEL) / (width - LABEL - PAD) * (d1 - d0);
    var span = Math.min(Math.max((d1 - d0) * factor, 4 * DAY), 200 * 365 * DAY);
    var k = (t - d0) / (d1 - d0);
    zoom = [t - k * span, t - k * span + span];
    render();
  }
  scroll.addEventListener("wheel", function (ev) {
    if (!ev.ctrlKey && !ev.metaKey) return;
    ev.preventDefault();
    zoomAt(ev.clientX - scroll.getBoundingClientRect().left, ev.deltaY > 0 ? 1.25 : 0.8);
  }, { passive: false });
  scroll.addEventListener("mousedown", function (ev) { drag = { x: ev.clientX, lo: d0, hi: d1, moved: false }; });
  window.addEventListener("mousemove", function (ev) {
    if (!drag || Math.abs(ev.clientX - drag.x) < 4 && !drag.moved) return;
    drag.moved = true;
    var shift = (ev.clientX - drag.x) / (width - LABEL - PAD) * (drag.hi - drag.lo);
    zoom = [drag.lo - shift, drag.hi - shift];
    render();
  });
  window.addEventListener("mouseup", function () { setTimeout(function () { drag = null; }, 0); });
  scroll.addEventListener("dblclick", function () { zoom = null; render(); });
  function button(id, fn) { var b = document.getElementById(id); if (b) b.addEventListener("click", fn); }
  button("tl-in", function () { zoomAt(LABEL + (width - LABEL) / 2, 0.5); });
  button("tl-out", function () { zoomAt(LABEL + (width - LABEL) / 2, 2); });
  button("tl-fit", function () { zoom = null; render(); });

  /* ---------- axis: years always shown; the lower row's unit follows the zoom ---------- */
  function ticks() {
    var span = d1 - d0, want = Math.max(2, (width - LABEL) / 70), step = STEPS[STEPS.length - 1];
    for (var i = 0; i < STEPS.length; i++) {
      var len = STEPS[i][0] * (STEPS[i][1] === "d" ? DAY : STEPS[i][1] === "m" ? 30.4 * DAY : 365.25 * DAY);
      if (span / len <= want) { step = STEPS[i]; break; }
    }
    return walk(step[0], step[1]);
  }
  function walk(n, u) {
    var d = new Date(d0), out = [];
    d.setUTCHours(0, 0, 0, 0);
    if (u !== "d") d.setUTCDate(1);
    if (u === "m") d.setUTCMonth(d.getUTCMonth() - d.getUTCMonth() % n);
    if (u === "y") { d.setUTCMonth(0); d.setUTCFullYear(d.getUTCFullYear() - d.getUTCFullYear() % n); }
    if (u === "d" && n === 7) d.setUTCDate(d.getUTCDate() - (d.getUTCDay() + 6) % 7);  /* Mondays */
    for (var guard = 0; d.getTime() <= d1 && guard < 600; guard++) {
      if (d.getTime() >= d0) out.push([d.getTime(), u, tickLabel(d, u)]);
      if (u === "d") d.setUTCDate(d.getUTCDate() + n);
      else if (u === "m") d.setUTCMonth(d.getUTCMonth() + n);
      else d.setUTCFullYear(d.getUTCFullYear() + n);
    }
    unit = n + u;
    return out;
  }
  function tickLabel(d, u) {
    if (u === "y") return String(d.getUTCFullYear());
    if (u === "m") return MONTHS[d.getUTCMonth()];
    return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()];
  }
  function drawAxis(tk) {
    var s = el("svg", { width: width, height: AXIS });
    var years = [], y0 = new Date(d0).getUTCFullYear(), y1 = new Date(d1).getUTCFullYear();
    if (tk.length && tk[0][1] !== "y" && y1 - y0 < 60) {
      for (var y = y0; y <= y1; y++) years.push([Math.max(d0, Date.UTC(y, 0, 1)), String(y)]);
    }
    years.forEach(function (yr, i) {
      var xa = Math.max(LABEL, x(yr[0])), xb = i + 1 < years.length ? x(years[i + 1][0]) : width;
      if (xb - xa < 30) return;
      s.appendChild(el("line", { "class": "year", x1: xa, x2: xa, y1: 0, y2: AXIS }));
      s.appendChild(el("text", { "class": "year", x: xa + 4, y: 12 }, yr[1]));
    });
    var last = -1e9;
    tk.forEach(function (t) {
      var g = el("g", { "class": "tick" }), at = x(t[0]);
      if (at < LABEL) return;
      g.appendChild(el("line", { x1: at, x2: at, y1: 24, y2: AXIS }));
      if (at - last > textWidth(t[2]) + 8 && at < width - 20) { g.appendChild(el("text", { x: at + 3, y: 30 }, t[2])); last = at; }
      s.appendChild(g);
    });
    s.appendChild(el("text", { "class": "axis-label", x: 6, y: 30 }, rows.length + " " + (mode === "pair" ? "pairs" : mode + "s")));
    axisBox.replaceChildren(s);
    root.setAttribute("data-unit", unit);
  }

  /* ---------- drawing ---------- */
  function drawItem(g, it, y, r) {
    if (it.b < d0 || it.a > d1) return;
    var box = el("g", { "class": "item " + it.kind + (sel[it.id] ? " sel" : ""), "data-id": it.id }), mid = y + LANE / 2 - 2;
    var xa = x(it.a), xb = Math.max(x(it.b), xa + 8);
    if (it.kind === "statement") {
      var cx = xa + 4;
      box.appendChild(el("path", { "class": "mark", d: "M" + cx + " " + (mid - 5) + " l5 5 l-5 5 l-5 -5 Z", fill: typeColor("statement") }));
      xb = cx + 6;
    } else {
      if (it.segs.length) box.appendChild(el("line", { "class": "spine", x1: x(it.segs[0][0]), x2: xb, y1: mid, y2: mid }));
      it.segs.forEach(function (s) {  /* status history: one coloured segment per status */
        var sa = x(s[0]), sb = Math.max(x(s[1]), sa + 3);
        box.appendChild(el("rect", { "class": "seg", "data-status": s[2], x: sa, y: mid - 3, width: sb - sa, height: 6, fill: statusColor(s[2]) }));
      });
      if (it.core) {  /* the event itself: solid for an exact day, hatched for a vague span */
        var ca = x(it.core[0]), cb = Math.max(x(it.core[1]), ca + 7);
        box.appendChild(el("rect", { "class": "core" + (it.vague ? " vague" : ""), x: ca, y: mid - 6, width: cb - ca, height: 12, rx: 3,
          fill: it.status ? statusColor(it.status) : typeColor(it.type), stroke: typeColor(it.type) }));
      }
      box.appendChild(el("rect", { "class": "type", x: xb + 1, y: mid - 4, width: 3, height: 8, fill: typeColor(it.type) }));
      xb += 4;
    }
    var t = r.left[it.id] ? el("text", { "class": "item-label", x: xa - 3, y: mid + 4, "text-anchor": "end" }, labelOf(it, r))
      : el("text", { "class": "item-label", x: xb + 3, y: mid + 4 }, fit(labelOf(it, r), width - xb - 6));
    box.appendChild(t);
    box.appendChild(el("title", {}, it.tip));
    g.appendChild(box);
  }
  function firstRow(top) {  /* binary search over row tops */
    var lo = 0, hi = rows.length - 1;
    while (lo < hi) { var m = (lo + hi + 1) >> 1; if (tops[m] <= top) lo = m; else hi = m - 1; }
    return lo;
  }
  function drawRows() {
    pending = false;
    if (!rows.length) return;
    var top = scroll.scrollTop, hgt = scroll.clientHeight || 200;
    var first = Math.max(0, firstRow(top) - 3), last = Math.min(rows.length, firstRow(top + hgt) + 4);
    var y0 = tops[first], y1 = last < rows.length ? tops[last] : rows[rows.length - 1].top + rows[rows.length - 1].lanes * LANE + 4;
    var s = el("svg", { width: width, height: Math.max(1, y1 - y0) });
    s.style.position = "absolute"; s.style.top = y0 + "px"; s.style.left = "0";
    var grid = el("g", { "class": "tick" }), bg = el("g", {}), fg = el("g", {}), labels = el("g", {});
    ticks().forEach(function (t) { if (x(t[0]) >= LABEL) grid.appendChild(el("line", { x1: x(t[0]), x2: x(t[0]), y1: 0, y2: y1 - y0 })); });
    for (var i = first; i < last; i++) {
      var r = rows[i], y = r.top - y0, hr = r.lanes * LANE + 4, g = el("g", { "data-row": r.key || "" });
      bg.appendChild(el("rect", { "class": "row-bg" + (i % 2 ? " alt" : "") + (r.key && r.key === hlRow ? " hl" : ""), x: 0, y: y, width: width, height: hr }));
      r.items.forEach(function (it) {  /* a busy row's lanes far out of view wait for the scroll */
        var at = r.top + 4 + r.lane[it.id] * LANE;
        if (at + LANE >= top - hgt && at <= top + 2 * hgt) drawItem(g, it, at - y0, r);
      });
      fg.appendChild(g);
      var lg = el("g", { "data-row": r.key || "" });
      lg.appendChild(el("rect", { "class": "label-bg", x: 0, y: y, width: LABEL - 4, height: hr }));
      var t = el("text", { "class": "row-label", x: 6, y: y + 15 }, fitLabel(r.label));
      t.appendChild(el("title", {}, r.label + " (" + r.items.length + ")"));
      lg.appendChild(t);
      labels.appendChild(lg);
    }
    s.appendChild(bg); s.appendChild(grid); s.appendChild(fg); s.appendChild(labels);
    rowsBox.replaceChildren(s);
  }
  function fit(t, room) {  /* the text, shortened with "…" to fit ``room`` pixels */
    if (textWidth(t) <= room) return t;
    var n = t.length;
    while (n > 4 && textWidth(t.slice(0, n) + "…") > room) n--;
    return t.slice(0, n) + "…";
  }
  function fitLabel(t) { return fit(t, LABEL - 14); }
  function render() {
    width = Math.max(400, scroll.clientWidth);
    root.setAttribute("data-rows", rows.length);
    if (!rows.length) { axisBox.replaceChildren(); rowsBox.replaceChildren(); rowsBox.style.height = "0"; return; }
    var longest = 0;
    rows.forEach(function (r) { longest = Math.max(longest, textWidth(r.label)); });
    LABEL = Math.round(Math.min(Math.max(120, longest + 18), Math.max(160, width * 0.22)));
    extent();
    rowsBox.style.height = layout() + "px";
    drawAxis(ticks());
    drawRows();
  }
  function rebuild() {
    rows = mode === "actor" ? byActor() : mode === "pair" ? byPair() : byEvent();
    var undated = 0, placed = 0;
    Object.keys(D.events).forEach(function (id) {
      if (!D.events[id].start) { if (hooks.eventSpan(id)[0]) placed++; else undated++; }
    });
    var note = [];
    if (!rows.length) note.push("Nothing dated to draw.");
    if (placed) note.push(placed + " undated event" + (placed > 1 ? "s" : "") + " placed by their status reports");
    if (undated) note.push(undated + " without any date not shown");
    document.getElementById("tl-undated").textContent = note.join(" · ");
    render();
  }

  rowsBox.addEventListener("click", function (ev) {
    if (drag && drag.moved) return;
    var t = ev.target;
    while (t && t !== rowsBox && !(t.getAttribute && (t.getAttribute("data-id") || t.getAttribute("class") === "row-label"))) t = t.parentNode;
    if (!t || t === rowsBox) return;
    var id = t.getAttribute("data-id");
    if (!id) { id = t.parentNode.getAttribute("data-row"); if (id && id.indexOf("|") > 0) id = id.split("|")[0]; }
    if (id) hooks.onSelect(id, "timeline");
  });
  scroll.addEventListener("scroll", function () { if (!pending) { pending = true; window.requestAnimationFrame(drawRows); } });
  window.addEventListener("resize", render);

  return {
    rows: function () { return rows; },
    unit: function () { return unit; },
    setMode: function (m) { mode = m; rebuild(); },
    refresh: rebuild,
    setRange: function (from, to) {
      range = { from: from, to: to };
      zoom = null;
      rebuild();
    },
    highlight: function (ids, rowKey) {
      sel = {}; ids.forEach(function (i) { sel[i] = true; });
      hlRow = rowKey;
      var at = -1;
      for (var i = 0; i < rows.length && at < 0; i++) {
        if (rows[i].key === rowKey || rows[i].items.some(function (it) { return sel[it.id]; })) at = i;
      }
      if (at >= 0 && (tops[at] < scroll.scrollTop || tops[at] > scroll.scrollTop + scroll.clientHeight - LANE)) {
        scroll.scrollTop = Math.max(0, tops[at] - LANE);
      }
      drawRows();
    },
    start: rebuild,
  };
};

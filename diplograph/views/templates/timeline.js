/* diplograph timeline: events, statements and status claims on a time axis as SVG rows.
   Rows are drawn lazily (only those in view), so thousands of rows stay responsive.
   Text from the data is only ever set with textContent. */
window.DGTimeline = function (D, hooks) {
  "use strict";
  var NS = "http://www.w3.org/2000/svg", DAY = 86400000, ROW = 22, LABEL = 180, PAD = 10;
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var STEPS = [[1, "d"], [2, "d"], [7, "d"], [14, "d"], [1, "m"], [2, "m"], [3, "m"], [6, "m"],
    [1, "y"], [2, "y"], [5, "y"], [10, "y"], [25, "y"], [50, "y"], [100, "y"]];
  var axisBox = document.getElementById("tl-axis"), scroll = document.getElementById("tl-scroll");
  var rowsBox = document.getElementById("tl-rows"), root = document.getElementById("timeline");
  var mode = "actor", rows = [], range = { from: null, to: null }, sel = {}, hlRow = null;
  var d0 = 0, d1 = 1, width = 600, pending = false, zoom = null, drag = null;

  function el(tag, attrs, text) {
    var e = document.createElementNS(NS, tag);
    for (var k in attrs) if (attrs[k] !== undefined) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function ms(iso) { return Date.parse(iso + "T00:00:00Z"); }
  function x(t) { return LABEL + (t - d0) / (d1 - d0) * (width - LABEL - PAD); }
  function color(type) { return (D.styles[type] || D.styles.event).color; }
  function span(a, b) { return a === b ? a : a + " – " + b; }

  function eventItem(id) {
    var e = D.events[id];
    return { id: id, kind: "event", type: e.type, start: e.start, end: e.end,
      tip: e.label + " · " + span(e.start, e.end) + (e.status ? " · " + e.status : "") };
  }
  function statementItem(id) {
    var s = D.statements[id], who = s.speaker && D.actors[s.speaker];
    return { id: id, kind: "statement", type: "statement", start: s.start, end: s.end,
      tip: (who ? who.label + ": " : "") + "“" + s.quote + "” · " + span(s.start, s.end) };
  }
  function claimItems(id) {
    return D.events[id].claims.filter(function (c) { return c.on; }).map(function (c) {
      return { id: id, kind: "claim", status: c.status, start: c.on, end: c.on,
        tip: c.status + " (reported " + c.on + ")" };
    });
  }
  function dated(map) { return Object.keys(map).filter(function (k) { return map[k].start; }); }

  function byActor() {
    var found = {};
    function add(a, item) { (found[a] = found[a] || []).push(item); }
    dated(D.events).forEach(function (id) {
      var seen = {};
      D.events[id].actors.forEach(function (p) {
        if (!seen[p[0]]) { seen[p[0]] = 1; add(p[0], eventItem(id)); }
      });
    });
    dated(D.statements).forEach(function (id) {
      var s = D.statements[id];
      if (s.speaker) add(s.speaker, statementItem(id));
    });
    return Object.keys(found).map(function (a) {
      return { key: a, label: D.actors[a].label, items: found[a] };
    }).sort(function (p, q) {
      return q.items.length - p.items.length || (p.label < q.label ? -1 : 1);
    });
  }
  function byEvent() {
    var about = {}, loose = [];
    dated(D.statements).forEach(function (id) {
      var evs = D.statements[id].about.filter(function (t) { return D.events[t]; });
      if (!evs.length) loose.push(statementItem(id));
      evs.forEach(function (e) { (about[e] = about[e] || []).push(statementItem(id)); });
    });
    var out = dated(D.events).sort(function (p, q) {
      return D.events[p].start < D.events[q].start ? -1 : D.events[p].start > D.events[q].start ? 1 : 0;
    }).map(function (id) {
      return { key: id, label: D.events[id].label,
        items: [eventItem(id)].concat(claimItems(id), about[id] || []) };
    });
    if (loose.length) out.push({ key: null, label: "Statements about no dated event", items: loose });
    return out;
  }

  function extent() {
    var lo = Infinity, hi = -Infinity;
    rows.forEach(function (r) { r.items.forEach(function (i) {
      lo = Math.min(lo, ms(i.start)); hi = Math.max(hi, ms(i.end));
    }); });
    if (range.from) lo = ms(range.from);
    if (range.to) hi = ms(range.to);
    if (!isFinite(lo)) { lo = Date.now(); hi = lo; }
    var pad = Math.max(DAY, (hi - lo) * 0.03);
    d0 = lo - pad; d1 = hi + pad + DAY;
    if (zoom) { d0 = zoom[0]; d1 = zoom[1]; }
  }

  /* ctrl + wheel (or a pinch) zooms around the pointer, dragging pans, double-click resets */
  function zoomAt(px, factor) {
    var t = d0 + (px - LABEL) / (width - LABEL - PAD) * (d1 - d0);
    var span = Math.min(Math.max((d1 - d0) * factor, 3 * DAY), 200 * 365 * DAY);
    var k = (t - d0) / (d1 - d0);
    zoom = [t - k * span, t - k * span + span];
    render();
  }
  scroll.addEventListener("wheel", function (ev) {
    if (!ev.ctrlKey && !ev.metaKey) return;
    ev.preventDefault();
    zoomAt(ev.clientX - scroll.getBoundingClientRect().left, ev.deltaY > 0 ? 1.25 : 0.8);
  }, { passive: false });
  scroll.addEventListener("mousedown", function (ev) {
    drag = { x: ev.clientX, lo: d0, hi: d1, moved: false };
  });
  window.addEventListener("mousemove", function (ev) {
    if (!drag || Math.abs(ev.clientX - drag.x) < 4 && !drag.moved) return;
    drag.moved = true;
    var shift = (ev.clientX - drag.x) / (width - LABEL - PAD) * (drag.hi - drag.lo);
    zoom = [drag.lo - shift, drag.hi - shift];
    render();
  });
  window.addEventListener("mouseup", function () { setTimeout(function () { drag = null; }, 0); });
  scroll.addEventListener("dblclick", function () { zoom = null; render(); });

  function ticks() {
    var span = d1 - d0, want = Math.max(2, (width - LABEL) / 80), step = STEPS[STEPS.length - 1];
    for (var i = 0; i < STEPS.length; i++) {
      var len = STEPS[i][0] * (STEPS[i][1] === "d" ? DAY : STEPS[i][1] === "m" ? 30.4 * DAY : 365.25 * DAY);
      if (span / len <= want) { step = STEPS[i]; break; }
    }
    var d = new Date(d0), out = [], n = step[0], unit = step[1];
    d.setUTCHours(0, 0, 0, 0);
    if (unit !== "d") d.setUTCDate(1);
    if (unit === "m") d.setUTCMonth(d.getUTCMonth() - d.getUTCMonth() % n);
    if (unit === "y") { d.setUTCMonth(0); d.setUTCFullYear(d.getUTCFullYear() - d.getUTCFullYear() % n); }
    for (var guard = 0; d.getTime() <= d1 && guard < 400; guard++) {
      if (d.getTime() >= d0) out.push([d.getTime(), label(d, unit)]);
      if (unit === "d") d.setUTCDate(d.getUTCDate() + n);
      else if (unit === "m") d.setUTCMonth(d.getUTCMonth() + n);
      else d.setUTCFullYear(d.getUTCFullYear() + n);
    }
    return out;
  }
  function label(d, unit) {
    if (unit === "y") return String(d.getUTCFullYear());
    if (unit === "m") return MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear();
    return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()];
  }

  function drawAxis(tk) {
    var s = el("svg", { width: width, height: 22 });
    tk.forEach(function (t) {
      var g = el("g", { "class": "tick" });
      g.appendChild(el("line", { x1: x(t[0]), x2: x(t[0]), y1: 14, y2: 22 }));
      if (x(t[0]) < width - 40) g.appendChild(el("text", { x: x(t[0]) + 3, y: 12 }, t[1]));
      s.appendChild(g);
    });
    axisBox.replaceChildren(s);
  }

  function drawItem(g, it, y) {
    var a = ms(it.start), b = ms(it.end) + DAY, node, cls = "item " + it.kind;
    if (b < d0 || a > d1) return;
    var xa = Math.max(LABEL, x(a)), xb = Math.min(width - PAD, x(b)), mid = (xa + xb) / 2;
    if (it.kind === "claim") {
      node = el("rect", { x: x(a) - 1, y: y + 3, width: 2.5, height: ROW - 6,
        fill: D.statusColors[it.status] || "#777" });
    } else if (it.kind === "statement") {
      var cx = x(a + DAY / 2), r = 5;
      node = el("path", { d: "M" + cx + " " + (y + ROW / 2 - r) + " l" + r + " " + r + " l-" + r + " " + r +
        " l-" + r + " -" + r + " Z", fill: color("statement") });
    } else if (it.end !== it.start && xb - xa > 10) {
      cls += " range";
      node = el("rect", { x: xa, y: y + 6, width: xb - xa, height: ROW - 12, rx: 4, fill: color(it.type) });
    } else {
      node = el("circle", { cx: it.end !== it.start ? mid : x(a + DAY / 2), cy: y + ROW / 2, r: 5.5, fill: color(it.type) });
    }
    node.setAttribute("class", cls + (sel[it.id] ? " sel" : ""));
    node.setAttribute("data-id", it.id);
    node.appendChild(el("title", {}, it.tip));
    g.appendChild(node);
  }

  function drawRows() {
    pending = false;
    var top = scroll.scrollTop, h = scroll.clientHeight || 200;
    var first = Math.max(0, Math.floor(top / ROW) - 5);
    var last = Math.min(rows.length, Math.ceil((top + h) / ROW) + 5);
    var s = el("svg", { width: width, height: Math.max(1, (last - first) * ROW) });
    s.style.position = "absolute"; s.style.top = first * ROW + "px"; s.style.left = "0";
    var grid = el("g", { "class": "tick" });
    ticks().forEach(function (t) {
      grid.appendChild(el("line", { x1: x(t[0]), x2: x(t[0]), y1: 0, y2: (last - first) * ROW }));
    });
    var bg = el("g", {}), fg = el("g", {});
    for (var i = first; i < last; i++) {
      var r = rows[i], y = (i - first) * ROW, g = el("g", { "data-row": r.key || "" });
      bg.appendChild(el("rect", { "class": "row-bg" + (i % 2 ? " alt" : "") + (r.key && r.key === hlRow ? " hl" : ""),
        x: 0, y: y, width: width, height: ROW }));
      var name = r.label.length > 28 ? r.label.slice(0, 27) + "…" : r.label;
      var t = el("text", { "class": "row-label", x: 6, y: y + 15 }, name);
      t.appendChild(el("title", {}, r.label));
      g.appendChild(t);
      r.items.forEach(function (it) { drawItem(g, it, y); });
      fg.appendChild(g);
    }
    s.appendChild(bg); s.appendChild(grid); s.appendChild(fg);
    rowsBox.replaceChildren(s);
  }

  function render() {
    width = Math.max(400, scroll.clientWidth);
    rowsBox.style.height = rows.length * ROW + "px";
    root.setAttribute("data-rows", rows.length);
    if (!rows.length) { axisBox.replaceChildren(); rowsBox.replaceChildren(); return; }
    extent();
    drawAxis(ticks());
    drawRows();
  }

  function rebuild() {
    rows = mode === "actor" ? byActor() : byEvent();
    var undated = Object.keys(D.events).length - dated(D.events).length;
    document.getElementById("tl-undated").textContent = !rows.length ? "Nothing dated to draw." :
      undated ? undated + " undated event" + (undated > 1 ? "s" : "") + " not on the axis" : "";
    render();
  }

  rowsBox.addEventListener("click", function (ev) {
    if (drag && drag.moved) return;
    var t = ev.target, id = t.getAttribute && t.getAttribute("data-id");
    if (!id && t.getAttribute && t.getAttribute("class") === "row-label") id = t.parentNode.getAttribute("data-row");
    if (id) hooks.onSelect(id, "timeline");
  });
  scroll.addEventListener("scroll", function () {
    if (!pending) { pending = true; window.requestAnimationFrame(drawRows); }
  });
  window.addEventListener("resize", render);

  return {
    rows: function () { return rows; },
    setMode: function (m) { mode = m; rebuild(); },
    setRange: function (from, to) { range = { from: from, to: to }; zoom = null; render(); },
    highlight: function (ids, rowKey) {
      sel = {}; ids.forEach(function (i) { sel[i] = true; });
      hlRow = rowKey;
      var at = -1;
      for (var i = 0; i < rows.length && at < 0; i++) {
        if (rows[i].key === rowKey || rows[i].items.some(function (it) { return sel[it.id]; })) at = i;
      }
      var top = at * ROW;
      if (at >= 0 && (top < scroll.scrollTop || top > scroll.scrollTop + scroll.clientHeight - ROW)) {
        scroll.scrollTop = Math.max(0, top - ROW);
      }
      drawRows();
    },
    start: rebuild,
  };
};

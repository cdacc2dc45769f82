/* diplograph page script: network (vis-network), details panel, filters, search.
   Data comes from the JSON block; text is only ever inserted with textContent. */
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("dg-data").textContent);
  var S = D.styles, NET = D.network;
  var ALL = Object.assign({}, D.actors, D.events, D.statements);
  var $ = function (id) { return document.getElementById(id); };
  var refs = {}, actorSpans = {}, enabled = {}, range = { from: null, to: null }, current = null;

  function ref(id) { return refs[id] || (refs[id] = { events: [], said: [], about: [], members: [] }); }
  function spanOf(a, s, e) { if (s) (actorSpans[a] = actorSpans[a] || []).push([s, e]); }
  Object.keys(D.events).forEach(function (id) {
    var e = D.events[id];
    e.actors.forEach(function (p) { ref(p[0]).events.push([id, p[1]]); spanOf(p[0], e.start, e.end); });
  });
  Object.keys(D.statements).forEach(function (id) {
    var s = D.statements[id];
    if (s.speaker) { ref(s.speaker).said.push(id); spanOf(s.speaker, s.start, s.end); }
    s.about.forEach(function (t) { ref(t).about.push(id); });
  });
  Object.keys(D.actors).forEach(function (id) {
    D.actors[id].roles.forEach(function (r) { if (r.of) ref(r.of).members.push([id, r]); });
  });

  /* ---------- DOM helpers (textContent only) ---------- */
  function h(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function add(parent) {
    for (var i = 1; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined) continue;
      parent.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    }
    return parent;
  }
  function link(id) {
    var n = ALL[id];
    if (!n) return h("span", null, "(not in this view)");
    var b = h("button", "link", n.label);
    b.type = "button";
    b.addEventListener("click", function () { select(id, "panel"); });
    return b;
  }
  function when(a, b) { return !a ? "undated" : a === b ? a : a + " – " + b; }
  function style(type) { return S[type] || S.actor; }
  function section(title, items, render, limit) {
    if (!items.length) return null;
    var box = h("section"), ul = h("ul"), max = limit || 100;
    add(box, h("h3", null, title + " (" + items.length + ")"), ul);
    items.slice(0, max).forEach(function (it) { ul.appendChild(add(h("li"), render(it))); });
    if (items.length > max) ul.appendChild(h("li", "note", "… " + (items.length - max) + " more"));
    return box;
  }
  function byDate(getter) {
    return function (p, q) { var a = getter(p) || "9999", b = getter(q) || "9999"; return a < b ? -1 : a > b ? 1 : 0; };
  }
  function article(doc) {
    var a = D.articles[doc] || {}, title = a.title || a.iri || doc, span = h("span");
    var safe = typeof a.url === "string" && /^https?:\/\//i.test(a.url);
    var t = safe ? h("a", null, title) : h("strong", null, title);
    if (safe) { t.href = a.url; t.target = "_blank"; t.rel = "noopener noreferrer"; }
    return add(span, t, " ", h("span", "note", [a.publisher, a.date].filter(Boolean).join(", ")));
  }
  function bySource(sources) {  /* [[doc, [passages]]] in the order the articles first appear */
    var out = [], at = {};
    sources.forEach(function (s) {
      if (!(s[0] in at)) { at[s[0]] = out.length; out.push([s[0], []]); }
      if (s[1] && out[at[s[0]]][1].indexOf(s[1]) < 0) out[at[s[0]]][1].push(s[1]);
    });
    return out;
  }
  function sourceItem(group) {
    var box = add(h("div"), article(group[0]));
    group[1].forEach(function (p) { box.appendChild(add(h("blockquote"), h("span", "passage", p))); });
    return box;
  }
  function quoteItem(id) {
    var s = D.statements[id], box = h("div");
    add(box, h("span", "when", when(s.start, s.end)), s.speaker ? link(s.speaker) : null,
      h("blockquote", null, (s.direct === false ? "(reported) " : "") + "“" + s.quote + "”"));
    var more = h("button", "link", "details");
    more.type = "button";
    more.addEventListener("click", function () { select(id, "panel"); });
    return add(box, more);
  }
  function eventItem(pair) {
    var e = D.events[pair[0]];
    return add(h("div"), h("span", "when", when(e.start, e.end)), link(pair[0]),
      pair[1] && pair[1] !== "participant" ? h("span", "note", " (" + pair[1] + ")") : null,
      e.status ? h("span", "note", " · " + e.status) : null);
  }

  /* ---------- details panel ---------- */
  function header(n, kind) {
    var st = style(n.type), box = h("div"), badge = h("span", "kind", st.label);
    badge.style.background = st.color;
    add(box, badge, h("h2", null, kind === "statement" ? "“" + n.label + "”" : n.label), h("div", "iri", n.iri));
    var page = D.links[current];
    if (page && /^[\w\-./]+$/.test(page)) {
      var a = h("a", null, "Open page");
      a.href = page;
      box.appendChild(add(h("div"), a));
    }
    return box;
  }
  function actorBody(id, a) {
    var r = ref(id);
    return [
      a.aliases.length ? add(h("p"), h("strong", null, "Also: "), a.aliases.join("; ")) : null,
      section("Roles", a.roles, function (role) {
        return add(h("div"), h("span", "when", role.on ? when(role.on, role.until) : ""), role.title,
          role.of ? " — " : "", role.of ? link(role.of) : role.of_label ? " — " + role.of_label : null,
          role.docs.length ? h("span", "note", " · " + role.docs.length + " article" + (role.docs.length > 1 ? "s" : "")) : null);
      }),
      section("Events", r.events.slice().sort(byDate(function (p) { return D.events[p[0]].start; })), eventItem),
      section("Statements", r.said.slice().sort(byDate(function (s) { return D.statements[s].start; })), quoteItem),
      section("Quoted about", r.about.slice().sort(byDate(function (s) { return D.statements[s].start; })), quoteItem),
      section("Members and office holders", r.members, function (m) {
        return add(h("div"), link(m[0]), " — " + m[1].title);
      }),
    ];
  }
  function eventBody(id, e) {
    var facts = add(h("p"), h("strong", null, "When: "), when(e.start, e.end),
      e.start && e.start !== e.end ? h("span", "note", " (vague date)") : null);
    if (e.place) add(facts, h("br"), h("strong", null, "Where: "), e.place);
    if (e.status) add(facts, h("br"), h("strong", null, "Status: "), h("span", "status", e.status));
    return [facts,
      section("Actors", e.actors, function (p) { return add(h("div"), link(p[0]), h("span", "note", " " + p[1])); }),
      section("Status history", e.claims, function (c) {
        var s = h("span", "status", c.status);
        s.style.color = D.statusColors[c.status] || "";
        return add(h("div"), h("span", "when", c.on || "undated"), s,
          c.by ? " — said by " : null, c.by ? link(c.by) : null,
          c.doc ? add(h("div"), article(c.doc)) : null);
      }),
      section("Statements about it", ref(id).about, quoteItem),
    ];
  }
  function statementBody(id, s) {
    return [
      add(h("blockquote"), h("span", "passage", "“" + s.quote + "”")),
      add(h("p"), h("strong", null, "Said by: "), s.speaker ? link(s.speaker) : "unknown",
        h("br"), h("strong", null, "When: "), when(s.start, s.end),
        h("br"), h("strong", null, "Kind: "), s.direct === false ? "reported speech" : "direct quotation"),
      section("About", s.about, function (t) { return link(t); }),
    ];
  }
  function show(id) {
    var n = ALL[id], panel = $("panel");
    if (!n) return;
    current = id;
    var kind = D.actors[id] ? "actor" : D.events[id] ? "event" : "statement";
    var body = kind === "actor" ? actorBody(id, n) : kind === "event" ? eventBody(id, n) : statementBody(id, n);
    panel.replaceChildren(header(n, kind));
    body.concat([section("Sources", bySource(n.sources), sourceItem, 50)]).forEach(function (b) { if (b) panel.appendChild(b); });
    panel.setAttribute("data-showing", id);
    panel.scrollTop = 0;
  }

  /* ---------- network ---------- */
  function short(text, n) { return text.length > n ? text.slice(0, n - 1) + "…" : text; }
  function visNode(n) {
    var st = style(n.type), x = ALL[n.id];
    var label = n.kind === "event" ? style(n.type).label + "\n" + (x.start ? when(x.start, x.end) : "undated")
      : n.kind === "statement" ? "“" + short(x.quote, 24) + "”" : short(n.label, 40);
    var node = { id: n.id, kind: n.kind, type: n.type, label: label, value: n.value, shape: st.shape,
      color: { background: st.color, border: "#4a5260", highlight: { background: st.color, border: "#000" },
        hover: { background: st.color, border: "#000" } } };
    if (n.kind !== "actor") node.font = { size: 10, color: "#555" };
    if (n.x !== undefined) { node.x = n.x; node.y = n.y; }
    return node;
  }
  var EDGE = { participant: "#9aa5b1", host: "#59a14f", mediator: "#b07aa1", speaker: "#4e79a7",
    about: "#8cb5d9", role: "#3d8b37", co: "#9aa5b1" };
  function visEdge(e) {
    var out = { id: e.id, from: e.from, to: e.to, label: e.label, kind: e.kind,
      color: { color: EDGE[e.kind] || "#9aa5b1", highlight: "#222" },
      dashes: e.kind === "mediator" || e.kind === "about" || e.kind === "role",
      arrows: { to: { enabled: e.kind === "speaker" || e.kind === "about" || e.kind === "role", scaleFactor: 0.5 } } };
    if (e.value) out.value = e.value;
    return out;
  }
  function inRange(a, b) {
    if (!range.from && !range.to) return true;
    if (!a) return false;
    return !(range.from && b < range.from) && !(range.to && a > range.to);
  }
  function shown(n) {
    if (enabled[n.type] === false) return false;
    if (n.kind !== "actor") return inRange(ALL[n.id].start, ALL[n.id].end);
    var spans = actorSpans[n.id];
    return !spans || !(range.from || range.to) || spans.some(function (s) { return inRange(s[0], s[1]); });
  }

  var nodes = new vis.DataSet(NET.nodes.map(visNode));
  var edges = new vis.DataSet(NET.edges.map(visEdge));
  NET.nodes.forEach(function (n) { if (!(n.type in enabled)) enabled[n.type] = n.kind !== "statement"; });
  var view = new vis.DataView(nodes, { filter: shown });
  var big = NET.nodes.length > 150;
  var network = new vis.Network($("network"), { nodes: view, edges: edges }, {
    nodes: { borderWidth: 1, font: { size: 12, face: "system-ui, sans-serif", strokeWidth: 3, strokeColor: "#fff" },
      scaling: { min: 8, max: 34, label: { enabled: true, min: 11, max: 20, drawThreshold: 3 } } },
    edges: { width: 1, smooth: NET.physics ? { type: "continuous" } : false, selectionWidth: 2,
      font: { size: 9, color: "#666", strokeWidth: 3, strokeColor: "#fff", align: "middle" },
      scaling: { min: 1, max: 8, label: { enabled: false } } },
    physics: NET.physics ? { solver: "forceAtlas2Based", forceAtlas2Based: { gravitationalConstant: -60, centralGravity: 0.04, springLength: 100, avoidOverlap: 0.5 },
      stabilization: { iterations: 400, updateInterval: 50 } } : false,
    interaction: { hover: true, hideEdgesOnDrag: big, hideEdgesOnZoom: big, multiselect: true },
    layout: { randomSeed: 7, improvedLayout: NET.nodes.length < 100 },
  });
  var api = window.diplograph = { data: D, network: network, nodes: nodes, edges: edges, view: view,
    settled: !NET.physics, select: null, timeline: null };
  function settle() { network.setOptions({ physics: false }); api.settled = true; document.body.setAttribute("data-settled", "1"); }
  if (NET.physics) network.once("stabilizationIterationsDone", settle); else settle();

  function placeNew(before) {  /* put newly shown nodes beside a visible neighbour, then settle again */
    var fresh = view.getIds().filter(function (id) { return !before[id]; });
    if (!fresh.length || !NET.physics) return;
    var updates = fresh.map(function (id) {
      var near = network.getConnectedNodes(id).filter(function (o) { return before[o]; });
      var p = near.length ? network.getPositions([near[0]])[near[0]] : { x: 0, y: 0 };
      return { id: id, x: p.x + (Math.random() - 0.5) * 80, y: p.y + (Math.random() - 0.5) * 80 };
    });
    nodes.update(updates);
    api.settled = false;
    document.body.setAttribute("data-settled", "0");
    network.setOptions({ physics: { enabled: true } });
    network.once("stabilizationIterationsDone", settle);
    network.stabilize(150);
  }
  var drawnIds = {};  /* what the network shows; DataView.getIds() applies the filter live */
  function remember() { drawnIds = {}; view.getIds().forEach(function (id) { drawnIds[id] = true; }); }
  function refresh() {
    var before = drawnIds;
    view.refresh();
    remember();
    placeNew(before);
    $("net-wrap").setAttribute("data-drawn", view.length);
  }
  remember();

  /* ---------- selection shared by network, timeline, panel and search ---------- */
  function related(id) {
    if (D.events[id]) return [id].concat(ref(id).about);
    if (D.statements[id]) return [id];
    return ref(id).events.map(function (p) { return p[0]; }).concat(ref(id).said);
  }
  function select(id, origin) {
    if (!ALL[id]) return;
    show(id);
    var inView = view.get(id) ? [id] : (D.events[id] ? D.events[id].actors.map(function (p) { return p[0]; })
      : D.statements[id] ? [D.statements[id].speaker] : []).filter(function (n) { return n && view.get(n); });
    network.selectNodes(inView);
    if (origin !== "network" && inView.length === 1) network.focus(inView[0], { scale: Math.max(network.getScale(), 0.9), animation: { duration: 300 } });
    else if (origin !== "network" && inView.length > 1) network.fit({ nodes: inView, animation: { duration: 300 } });
    timeline.highlight(related(id), id);
  }
  network.on("click", function (p) { if (p.nodes.length) select(p.nodes[0], "network"); });

  var timeline = window.DGTimeline(D, { onSelect: select });
  api.select = select;
  api.timeline = timeline;

  /* ---------- legend and filters ---------- */
  function legend() {
    var counts = {};
    NET.nodes.forEach(function (n) { counts[n.type] = (counts[n.type] || 0) + 1; });
    Object.keys(S).filter(function (t) { return counts[t]; }).forEach(function (t) {
      var box = h("input"), sw = h("span", "swatch " + S[t].shape);
      box.type = "checkbox"; box.checked = enabled[t]; box.setAttribute("data-type", t);
      sw.style.background = S[t].color;
      box.addEventListener("change", function () { enabled[t] = box.checked; refresh(); });
      $("legend").appendChild(add(h("label"), box, sw, S[t].label, h("span", "count", String(counts[t]))));
    });
    if (!NET.nodes.length) {
      $("net-note").hidden = false;
      $("net-note").textContent = "Nothing to draw: the graph holds no actors or events in this view.";
    }
    if (NET.aggregated) {
      var note = $("net-note");
      note.hidden = false;
      note.textContent = "Showing the " + NET.nodes.length + " most connected actors (" + NET.hidden_actors +
        " more not drawn); an edge joins actors who met, ×n = shared events. Slice with focus / since / until.";
    }
  }
  function dates() {
    var all = [];
    Object.keys(D.events).concat(Object.keys(D.statements)).forEach(function (k) { if (ALL[k].start) all.push(ALL[k].start, ALL[k].end); });
    all.sort();
    ["from", "until"].forEach(function (k) {
      if (all.length) { $(k).min = all[0]; $(k).max = all[all.length - 1]; }
      $(k).addEventListener("change", function () {
        range = { from: $("from").value || null, to: $("until").value || null };
        refresh();
        timeline.setRange(range.from, range.to);
      });
    });
  }
  function search() {
    var list = $("names"), names = Object.keys(D.actors).concat(Object.keys(D.events)).slice(0, 3000);
    names.forEach(function (id) { var o = h("option"); o.value = ALL[id].label; list.appendChild(o); });
    function run() {
      var q = $("search").value.trim().toLowerCase();
      if (!q) return;
      var hits = Object.keys(D.actors).concat(Object.keys(D.events)).filter(function (id) {
        var n = ALL[id];
        return n.label.toLowerCase().indexOf(q) >= 0 || (n.aliases || []).some(function (a) { return a.toLowerCase().indexOf(q) >= 0; });
      });
      hits.sort(function (a, b) { return (ALL[b].label.toLowerCase() === q) - (ALL[a].label.toLowerCase() === q); });
      $("status").textContent = hits.length ? hits.length + " match" + (hits.length > 1 ? "es" : "") : "no match";
      if (hits.length) select(hits[0], "search");
      if (hits.length > 1) network.selectNodes(hits.filter(function (id) { return view.get(id); }));
    }
    $("tools").addEventListener("submit", function (ev) { ev.preventDefault(); run(); });
    $("search").addEventListener("change", run);
    $("reset").addEventListener("click", function () {
      $("search").value = ""; $("from").value = ""; $("until").value = ""; $("status").textContent = "";
      range = { from: null, to: null };
      refresh(); timeline.setRange(null, null); network.unselectAll(); network.fit();
    });
  }
  $("group").addEventListener("change", function () {
    timeline.setMode($("group").value);
    if (current) timeline.highlight(related(current), current);
  });
  legend(); dates(); search();
  timeline.start();
  $("net-wrap").setAttribute("data-drawn", view.length);
})();

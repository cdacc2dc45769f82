/* diplograph page script: actor network (vis-network), ego expansion, details panel, filters,
   search. Data comes from the JSON block; text is only ever inserted with textContent. */
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("dg-data").textContent);
  var S = D.styles, NET = D.network;
  [D.actors, D.events, D.statements].forEach(function (group) {  /* what the page left out to stay small */
    Object.keys(group).forEach(function (k) {
      var n = group[k];
      if (n.iri.indexOf(":") < 0) n.iri = D.base + n.iri;
      if (n.start && !n.end) n.end = n.start;
    });
  });
  Object.keys(D.statements).forEach(function (k) {  /* label and type are not sent for statements */
    var s = D.statements[k]; s.type = "statement"; s.label = s.quote.length > 40 ? s.quote.slice(0, 39) + "…" : s.quote;
  });
  var ALL = Object.assign({}, D.actors, D.events, D.statements);
  var $ = function (id) { return document.getElementById(id); };
  var refs = {}, actorSpans = {}, enabled = {}, range = { from: null, to: null }, current = null;
  var STATUS_ORDER = ["proposed", "agreed", "scheduled", "held", "declined", "cancelled"];
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var EGO_LIMIT = 60, STEP = 150, EDGES_PER_ACTOR = 12;

  function ref(id) { return refs[id] || (refs[id] = { events: [], said: [], about: [], members: [] }); }
  function spanOf(a, s, e) { if (s) (actorSpans[a] = actorSpans[a] || []).push([s, e]); }
  Object.keys(D.events).forEach(function (id) {
    var e = D.events[id], seen = {};
    e.actors.forEach(function (p) {
      if (seen[p[0]]) return;
      seen[p[0]] = 1; ref(p[0]).events.push([id, p[1]]); spanOf(p[0], e.start, e.end);
    });
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
    var b = h("button", "link", D.statements[id] ? "“" + short(n.quote, 60) + "”" : n.label);
    b.type = "button";
    b.addEventListener("click", function () { select(id, "panel"); });
    return b;
  }
  function outLink(url, text) {
    if (typeof url !== "string" || !/^https?:\/\//i.test(url)) return h("span", null, text);
    var a = h("a", null, text);
    a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
    return a;
  }
  function short(text, n) { text = text || ""; return text.length > n ? text.slice(0, n - 1) + "…" : text; }
  function day(iso) { var p = iso.split("-"); return [+p[2], MONTHS[+p[1] - 1], p[0]]; }
  function days(a, b) {  /* "15–16 May 2025", "30 Apr – 2 May 2025", "2 May 2025" */
    if (!a) return "undated";
    var x = day(a), y = day(b || a);
    if (a === b || !b) return x.join(" ");
    if (x[2] !== y[2]) return x.join(" ") + " – " + y.join(" ");
    if (x[1] !== y[1]) return x[0] + " " + x[1] + " – " + y.join(" ");
    return x[0] + "–" + y.join(" ");
  }
  function when(a, b) { return !a ? "undated" : days(a, b); }
  function style(type) { return S[type] || S.event; }
  function section(title, items, render, limit, unsent) {  /* unsent: items the page was not given */
    if (!items.length) return null;
    var box = h("section"), ul = h("ul"), max = limit || 100, more = items.length - max + (unsent || 0);
    add(box, h("h3", null, title + " (" + (items.length + (unsent || 0)) + ")"), ul);
    items.slice(0, max).forEach(function (it) { ul.appendChild(add(h("li"), render(it))); });
    if (more > 0) ul.appendChild(h("li", "note", "… " + more + " more"));
    return box;
  }
  function byDate(getter) {
    return function (p, q) { var a = getter(p) || "9999", b = getter(q) || "9999"; return a < b ? -1 : a > b ? 1 : 0; };
  }
  function article(doc) {
    var a = D.articles[doc] || {}, span = h("span");
    var t = /^https?:\/\//i.test(a.url || "") ? outLink(a.url, a.title || doc) : h("strong", null, a.title || doc);
    return add(span, t, " ", h("span", "note", [a.publisher, a.date].filter(Boolean).join(", ")));
  }
  function bySource(sources) {  /* [[doc, [[sentence, [[words, at], ...]], ...]]], articles in first-seen order */
    var out = [], at = {};
    sources.forEach(function (s) {
      if (!(s[0] in at)) { at[s[0]] = out.length; out.push([s[0], [], {}]); }
      var g = out[at[s[0]]], words = s[1], num = s[3] == null ? null : s[3];
      if (!words && num === null) return;
      var key = num !== null ? "#" + num : "=" + words;
      if (!(key in g[2])) { g[2][key] = g[1].length; g[1].push([num, []]); }
      var spans = g[1][g[2][key]][1];
      if (words && !spans.some(function (x) { return x[0] === words; })) spans.push([words, s[2]]);
    });
    return out;
  }
  function inContext(num, spans, where) {  /* the sentence with its matched words marked (text nodes only) */
    var sn = num === null || num === undefined ? null : D.sentences[num], box = h("blockquote");
    if (!sn) {
      spans.forEach(function (x, i) { add(box, i ? " … " : null, h("span", "passage", x[0])); });
      return box;
    }
    var text = sn[1], marks = [], pos = 0;
    spans.forEach(function (x) {
      var i = x[1] === null || x[1] === undefined ? -1 : x[1] - sn[0];
      if (i < 0 || text.substr(i, x[0].length) !== x[0]) i = text.indexOf(x[0]);
      if (i >= 0) marks.push([i, i + x[0].length]);
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    box.className = "sentence";
    marks.forEach(function (m) {
      if (m[0] < pos) return;
      add(box, text.slice(pos, m[0]), h("mark", "passage", text.slice(m[0], m[1])));
      pos = m[1];
    });
    add(box, text.slice(pos));
    if (where && marks.length) {  /* offsets in the article: the sentence's plus the words' place in it */
      add(box, h("span", "note", " characters " + (sn[0] + marks[0][0]) + "–" + (sn[0] + marks[0][1])));
    }
    return box;
  }
  function sourceItem(group) {
    var box = add(h("div"), article(group[0]));
    group[1].forEach(function (p) { box.appendChild(inContext(p[0], p[1])); });
    return box;
  }
  function outlets(docs) {
    var seen = {};
    docs.forEach(function (d) { var a = D.articles[d]; if (a) seen[a.publisher || "unnamed outlet"] = 1; });
    return Object.keys(seen).sort();
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
  function idLinks(n) {
    var box = h("div", "iri");
    add(box, h("span", null, n.iri));
    if (n.claims) return box;  /* an event's ids are its place's: shown with the place */
    (n.ids || []).forEach(function (x) { add(box, " · ", outLink(x[1], x[0])); });
    return box;
  }
  function header(n, kind) {
    var st = style(n.type), box = h("div"), badge = h("span", "kind", st.label);
    badge.style.background = st.color;
    var title = kind === "statement" ? "“" + short(n.quote, 90) + "”" : n.label;
    add(box, badge, h("h2", null, title), idLinks(n));
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
      section("Events", r.events.slice().sort(byDate(function (p) { return D.events[p[0]].start || firstClaim(p[0]); })), eventItem),
      section("Statements", r.said.slice().sort(byDate(function (s) { return D.statements[s].start; })), quoteItem),
      section("Quoted about", r.about.slice().sort(byDate(function (s) { return D.statements[s].start; })), quoteItem),
      section("Members and office holders", r.members, function (m) {
        return add(h("div"), link(m[0]), " — " + m[1].title);
      }),
    ];
  }
  function firstClaim(eid) {
    var c = D.events[eid].claims.filter(function (c) { return c.on; });
    return c.length ? c[0].on : null;
  }
  function claimGroups(claims) {  /* one group per status and run of days (gaps over a week split) */
    var by = {}, out = [];
    claims.forEach(function (c) { (by[c.status] = by[c.status] || []).push(c); });
    var order = STATUS_ORDER.concat(Object.keys(by).filter(function (s) { return STATUS_ORDER.indexOf(s) < 0; }).sort());
    order.forEach(function (status) {
      var run = null;
      (by[status] || []).forEach(function (c) {
        var gap = run && run.last && c.on && (Date.parse(c.on) - Date.parse(run.last)) > 7 * 86400000;
        if (!run || gap) { run = { status: status, first: c.on, last: c.on, claims: [] }; out.push(run); }
        run.claims.push(c);
        if (c.on) { run.first = run.first || c.on; run.last = c.on; }
      });
    });
    return out;
  }
  function claimGroup(g) {
    var who = {}, docs = [];
    g.claims.forEach(function (c) { if (c.by && D.actors[c.by]) who[D.actors[c.by].label] = 1; if (c.doc) docs.push(c.doc); });
    var names = Object.keys(who).sort(), outs = outlets(docs);
    var summary = h("summary"), s = h("span", "status", g.status);
    s.style.color = D.statusColors[g.status] || "";
    add(summary, s, " — " + (names.length ? names.join(", ") : "unattributed"),
      ", " + outs.length + " outlet" + (outs.length === 1 ? "" : "s") + ", " + days(g.first, g.last),
      g.claims.length > 1 ? h("span", "note", " (" + g.claims.length + " reports)") : null);
    var box = add(h("details", "claims"), summary), ul = h("ul");
    g.claims.forEach(function (c) {
      ul.appendChild(add(h("li"), h("span", "when", c.on ? days(c.on, c.on) : "undated"),
        c.by ? link(c.by) : null, c.by ? ": " : null, c.doc ? article(c.doc) : null,
        c.passage ? inContext(c.sentence, [[c.passage, null]], true) : null));
    });
    return add(box, ul);
  }
  function eventBody(id, e) {
    var facts = add(h("p"), h("strong", null, "When: "), when(e.start, e.end),
      e.start && e.start !== e.end ? h("span", "note", " (vague date)") : null);
    if (e.place) {
      add(facts, h("br"), h("strong", null, "Where: "), e.place);
      (e.ids || []).forEach(function (x) { add(facts, " · ", outLink(x[1], x[0])); });
    }
    if (e.status) add(facts, h("br"), h("strong", null, "Status: "), h("span", "status", e.status));
    var outs = outlets(e.sources.map(function (s) { return s[0]; }));
    if (outs.length) add(facts, h("br"), h("strong", null, "Reported by: "), outs.join(", "));
    return [facts,
      section("Actors", e.actors, function (p) { return add(h("div"), link(p[0]), h("span", "note", " " + p[1])); }),
      section("Status history", claimGroups(e.claims), claimGroup),
      section("Statements about it", ref(id).about.slice().sort(byDate(function (s) { return D.statements[s].start; })), quoteItem),
    ];
  }
  function statementBody(id, s) {
    var outs = outlets(s.sources.map(function (x) { return x[0]; }));
    return [
      add(h("blockquote", "full"), h("span", "passage", "“" + s.quote + "”")),
      add(h("p"), h("strong", null, "Said by: "), s.speaker ? link(s.speaker) : "unknown",
        h("br"), h("strong", null, "When: "), when(s.start, s.end),
        h("br"), h("strong", null, "Kind: "), s.direct === false ? "reported speech" : "direct quotation",
        h("br"), h("strong", null, "Outlets: "), outs.length ? outs.join(", ") : "none recorded"),
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
    body.concat([section("Sources", bySource(n.sources), sourceItem, 50, n.more)]).forEach(function (b) { if (b) panel.appendChild(b); });
    panel.setAttribute("data-showing", id);
    panel.scrollTop = 0;
  }

  /* ---------- filters ---------- */
  function inRange(a, b) {
    if (!range.from && !range.to) return true;
    if (!a) return false;
    return !(range.from && b < range.from) && !(range.to && a > range.to);
  }
  function eventSpan(id) {  /* an undated event counts from its first to its last dated claim */
    var e = D.events[id];
    if (e.start) return [e.start, e.end];
    var on = e.claims.filter(function (c) { return c.on; }).map(function (c) { return c.on; });
    return on.length ? [on[0], on[on.length - 1]] : [null, null];
  }
  function eventOn(id) {
    var e = D.events[id];
    if (enabled[e.type] === false) return false;
    var sp = eventSpan(id);
    return inRange(sp[0], sp[1]);
  }
  function statementOn(id) { var s = D.statements[id]; return enabled.statement !== false && inRange(s.start, s.end); }
  function actorOn(id) {
    var a = D.actors[id];
    if (!a || enabled[a.type] === false) return false;
    var spans = actorSpans[id];
    return !(range.from || range.to) || (spans || []).some(function (s) { return inRange(s[0], s[1]); });
  }

  /* ---------- network: actors, aggregated edges, ego networks on demand ---------- */
  var placed = {}, cap = NET.cap, expanded = [], extra = {};
  NET.nodes.forEach(function (n, i) { placed[n.id] = { x: n.x, y: n.y, rank: i, value: n.value }; });
  Object.keys(S).forEach(function (t) { enabled[t] = true; });
  function tip(text) { var d = h("div", "tip", text); return d; }
  function nodeColor(type) {
    var c = style(type).color;
    return { background: c, border: "#4a5260", highlight: { background: c, border: "#000" }, hover: { background: c, border: "#000" } };
  }
  function actorNode(id, at) {
    var a = D.actors[id], p = placed[id] || at || { x: 0, y: 0, value: 1 };
    return { id: id, kind: "actor", type: a.type, x: p.x, y: p.y, value: p.value || 1, shape: style(a.type).shape,
      color: nodeColor(a.type), title: tip(a.label), text: short(a.label, 28) };
  }
  function drawnActors() {
    var out = [], have = {};
    NET.nodes.forEach(function (n, i) { if (i < cap && actorOn(n.id)) { out.push(n.id); have[n.id] = 1; } });
    Object.keys(extra).sort().forEach(function (id) { if (!have[id] && actorOn(id)) { out.push(id); have[id] = 1; } });
    return out;
  }
  function coEdges(actors) {  /* actor pairs weighted by the shared events the filters let through */
    var on = {}, pairs = {};
    actors.forEach(function (a) { on[a] = 1; });
    Object.keys(D.events).forEach(function (eid) {
      if (!eventOn(eid)) return;
      var e = D.events[eid], m = {};
      e.actors.forEach(function (p) { if (on[p[0]]) m[p[0]] = 1; });
      var ids = Object.keys(m).sort();
      for (var i = 0; i < ids.length; i++) for (var j = i + 1; j < ids.length; j++) {
        var k = ids[i] + "|" + ids[j], pr = pairs[k] || (pairs[k] = { from: ids[i], to: ids[j], value: 0, types: {} });
        pr.value++; pr.types[e.type] = (pr.types[e.type] || 0) + 1;
      }
    });
    var list = Object.keys(pairs).map(function (k) { return pairs[k]; });
    list.sort(function (p, q) { return q.value - p.value || (p.from + p.to < q.from + q.to ? -1 : 1); });
    var used = {}, kept = [];
    list.forEach(function (e) {
      if ((used[e.from] || 0) < EDGES_PER_ACTOR || (used[e.to] || 0) < EDGES_PER_ACTOR) {
        used[e.from] = (used[e.from] || 0) + 1; used[e.to] = (used[e.to] || 0) + 1; kept.push(e);
      }
    });
    return kept.map(function (e) {
      var types = Object.keys(e.types).sort(function (p, q) { return e.types[q] - e.types[p] || (p < q ? -1 : 1); });
      var text = e.value + " shared event" + (e.value > 1 ? "s" : "") + ": " +
        types.map(function (t) { return e.types[t] + " " + style(t).label.toLowerCase(); }).join(", ");
      return { id: "co:" + e.from + "|" + e.to, from: e.from, to: e.to, value: e.value, kind: "co", type: types[0],
        color: { color: style(types[0]).color, highlight: "#222", opacity: 0.75 },
        title: tip(D.actors[e.from].label + " – " + D.actors[e.to].label + ": " + text) };
    });
  }
  function ring(center, i, n, radius) {
    var t = 2 * Math.PI * i / Math.max(1, n) - Math.PI / 2;
    return { x: center.x + radius * Math.cos(t), y: center.y + radius * Math.sin(t) };
  }
  function egoParts(aid, have, out) {  /* an actor's events (and statements) around it */
    var c = network ? network.getPositions([aid])[aid] || placed[aid] : placed[aid];
    if (!c) return;
    var evs = ref(aid).events.map(function (p) { return p[0]; }).filter(eventOn);
    evs.sort(byDate(function (e) { return eventSpan(e)[0]; })).reverse();
    var shown = evs.slice(0, EGO_LIMIT), said = ref(aid).said.filter(statementOn).slice(0, 30);
    var radius = 90 + 6 * shown.length;
    shown.forEach(function (eid, i) {
      var e = D.events[eid], at = ring(c, i, shown.length, radius);
      if (!have[eid]) {
        have[eid] = 1;
        out.nodes.push({ id: eid, kind: "event", type: e.type, x: at.x, y: at.y, value: 1, size: 9, shape: style(e.type).shape,
          color: nodeColor(e.type), title: tip(e.label + " · " + when.apply(null, eventSpan(eid))), text: eventLabel(eid) });
      }
      e.actors.forEach(function (p) {
        if (!have[p[0]] && actorOn(p[0])) {
          have[p[0]] = 1;
          out.nodes.push(actorNode(p[0], ring(at, out.nodes.length, 7, 80)));
        }
        if (have[p[0]]) out.edges.push({ id: "ev:" + eid + ":" + p[0], from: p[0], to: eid, kind: p[1], value: 1,
          dashes: p[1] === "mediator", color: { color: style(e.type).color, highlight: "#222", opacity: 0.9 } });
      });
    });
    said.forEach(function (sid, i) {
      if (have[sid]) return;
      have[sid] = 1;
      var s = D.statements[sid], at = ring(c, i, said.length, radius + 90);
      out.nodes.push({ id: sid, kind: "statement", type: "statement", x: at.x, y: at.y, value: 1, size: 7, shape: "star",
        color: nodeColor("statement"), title: tip("“" + s.quote + "”"), text: "“" + short(s.quote, 24) + "”" });
      out.edges.push({ id: "st:" + sid, from: aid, to: sid, kind: "speaker", value: 1, arrows: "to",
        color: { color: style("statement").color, highlight: "#222" } });
    });
    out.more += Math.max(0, evs.length - shown.length);
  }
  function eventLabel(eid) {  /* who met: "Call: Putin – Trump" rather than "Meeting undated" */
    var e = D.events[eid], names = [];
    e.actors.forEach(function (p) { if (p[1] !== "mediator" && D.actors[p[0]]) names.push(D.actors[p[0]].label); });
    names = names.filter(function (n, i) { return names.indexOf(n) === i; });
    var who = names.slice(0, 2).map(function (n) { return short(n, 16); }).join(" – ") + (names.length > 2 ? " +" + (names.length - 2) : "");
    return style(e.type).label + (who ? ": " + who : "");
  }
  function roleEdges(have) {
    return NET.roles.filter(function (r) { return have[r.from] && have[r.to]; }).map(function (r) {
      return { id: "role:" + r.from + "|" + r.to, from: r.from, to: r.to, kind: "role", value: 1, dashes: true,
        arrows: { to: { enabled: true, scaleFactor: 0.4 } }, color: { color: "#3d8b37", highlight: "#222", opacity: 0.6 },
        title: tip(D.actors[r.from].label + ": " + r.title + " — " + D.actors[r.to].label) };
    });
  }
  var nodes = new vis.DataSet([]), edges = new vis.DataSet([]), network = null, lastMore = 0;
  function compute() {
    var actors = drawnActors(), have = {}, out = { nodes: [], edges: [], more: 0 };
    actors.forEach(function (a) { have[a] = 1; out.nodes.push(actorNode(a)); });
    expanded.forEach(function (a) { if (have[a]) egoParts(a, have, out); });
    out.edges = coEdges(Object.keys(have).filter(function (k) { return D.actors[k]; })).concat(out.edges, roleEdges(have));
    return out;
  }
  function redraw() {
    var out = compute();
    var seen = {};  /* an event shared by two expanded actors (or a host who also takes part) once */
    out.edges = out.edges.filter(function (e) { return seen[e.id] ? false : (seen[e.id] = true); });
    nodes.clear(); edges.clear();
    nodes.add(out.nodes); edges.add(out.edges);
    lastMore = out.more;
    $("net-wrap").setAttribute("data-drawn", out.nodes.length);
    netNote();
    counts();
  }
  redraw();
  network = new vis.Network($("network"), { nodes: nodes, edges: edges }, {
    nodes: { borderWidth: 1, label: undefined, font: { size: 0 },
      scaling: { min: 7, max: 30, label: { enabled: false } } },
    edges: { width: 1, smooth: false, selectionWidth: 2, scaling: { min: 1, max: 9, label: { enabled: false } } },
    physics: false,
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: NET.nodes.length > 400, multiselect: true },
    layout: { improvedLayout: false },
  });
  var api = window.diplograph = { data: D, network: network, nodes: nodes, edges: edges, settled: true,
    select: null, timeline: null, labels: [], expand: null };

  /* labels drawn by us: most important first, skipped where they would overlap one already drawn */
  network.on("afterDrawing", function (ctx) {
    var scale = network.getScale(), ids = nodes.getIds(), pos = network.getPositions(ids);
    var wrap = $("network"), W = wrap.clientWidth, H = wrap.clientHeight, boxes = [], drawn = [];
    var lg = $("legend").getBoundingClientRect(), at = wrap.getBoundingClientRect();
    if (lg.width) boxes.push({ x: lg.left - at.left, y: lg.top - at.top, w: lg.width, h: lg.height });  /* never under the legend */
    var sel = {}, rank = function (id) {
      var n = nodes.get(id), p = placed[id];
      return (sel[id] ? 0 : 1e7) + (n.kind === "actor" ? 0 : 2e6) + (p ? p.rank : 1e6);
    };
    network.getSelectedNodes().forEach(function (id) { sel[id] = 1; });
    expanded.forEach(function (id) { sel[id] = 1; });
    ids.sort(function (a, b) { return rank(a) - rank(b); });
    ctx.save();
    ctx.textAlign = "center"; ctx.textBaseline = "top"; ctx.lineJoin = "round";
    ids.forEach(function (id) {
      var n = nodes.get(id), p = pos[id], d = network.canvasToDOM(p);
      if (d.x < -50 || d.y < -50 || d.x > W + 50 || d.y > H + 50) return;
      var px = n.kind === "actor" ? 12 : 10, body = network.body.nodes[id];
      var r = body ? body.shape.height / 2 || body.options.size : 10;
      ctx.font = px + "px system-ui, sans-serif";
      var w = ctx.measureText(n.text).width + 4, rr = r * scale + 2, lh = px + 3;
      var box = [  /* below the node, else above, right or left of it */
        { x: d.x - w / 2, y: d.y + rr, w: w, h: lh }, { x: d.x - w / 2, y: d.y - rr - lh, w: w, h: lh },
        { x: d.x + rr, y: d.y - lh / 2, w: w, h: lh }, { x: d.x - rr - w, y: d.y - lh / 2, w: w, h: lh },
      ].find(function (b) { return b.x >= 0 && b.y >= 0 && b.x + b.w <= W && b.y + b.h <= H && boxes.every(function (o) {
        return !(b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h);
      }); });
      if (!box) return;
      boxes.push(box);
      drawn.push({ id: id, text: n.text, x: box.x, y: box.y, w: box.w, h: box.h });
    });
    ctx.setTransform(window.devicePixelRatio || 1, 0, 0, window.devicePixelRatio || 1, 0, 0);
    drawn.forEach(function (l) {
      var n = nodes.get(l.id);
      ctx.font = (n.kind === "actor" ? 12 : 10) + "px system-ui, sans-serif";
      ctx.lineWidth = 3; ctx.strokeStyle = "rgba(255,255,255,.9)"; ctx.fillStyle = n.kind === "actor" ? "#1f2933" : "#555";
      ctx.strokeText(l.text, l.x + l.w / 2, l.y); ctx.fillText(l.text, l.x + l.w / 2, l.y);
    });
    ctx.restore();
    api.labels = drawn;
    $("net-wrap").setAttribute("data-labels", drawn.length);
  });
  function fitView() {  /* the drawing fills the canvas between the legend and the note below */
    var tied = {};  /* a few loose actors on the outer ring may lie outside */
    edges.get().forEach(function (e) { tied[e.from] = tied[e.to] = 1; });
    var ids = nodes.getIds().filter(function (id) { return tied[id]; });
    if (ids.length >= 2 && nodes.length - ids.length <= Math.max(2, nodes.length / 10)) network.fit({ nodes: ids, animation: false });
    else network.fit({ animation: false });
    var box = $("network").getBoundingClientRect(), lg = $("legend").getBoundingClientRect();
    var note = $("net-note").getBoundingClientRect(), W = box.width, H = box.height;
    var L = lg.width && lg.right - box.left < W / 3 ? lg.right - box.left + 8 : 0;
    var B = note.height && box.bottom - note.top < H / 3 ? box.bottom - note.top + 4 : 0;
    if (L > 0 || B > 0) {
      var s = network.getScale() * Math.min((W - L) / W, (H - B) / H), p = network.getViewPosition();
      network.moveTo({ position: { x: p.x - L / 2 / s, y: p.y + B / 2 / s }, scale: s, animation: false });
    }
  }
  function settle() {
    api.settled = true; document.body.setAttribute("data-settled", "1");
    if (window.performance && performance.mark) performance.mark("dg-ready");  /* read by benchmarks/bench_views.py */
  }

  function expand(aid) {
    if (!D.actors[aid] || expanded.indexOf(aid) >= 0) return false;
    expanded.push(aid);
    if (!placed[aid]) extra[aid] = 1;
    redraw();
    return true;
  }
  function netNote() {
    var note = $("net-note"), parts = [];
    if (!NET.nodes.length) parts.push("Nothing to draw: the graph holds no actors in this view.");
    else {
      var drawn = Math.min(cap, NET.nodes.length);
      parts.push(drawn + " of " + NET.total + " actors; edge = shared events (thicker = more, colour = most common kind). Click an actor for its events.");
      if (lastMore) parts.push(lastMore + " older events of expanded actors are in the panel.");
    }
    note.hidden = false;
    note.replaceChildren(h("span", null, parts.join(" ")));
    if (cap < NET.nodes.length) {
      var more = h("button", null, "Show " + Math.min(STEP, NET.nodes.length - cap) + " more");
      more.type = "button"; more.id = "show-more";
      more.addEventListener("click", function () { cap = Math.min(NET.nodes.length, cap + STEP); redraw(); });
      add(note, " ", more);
    }
    if (expanded.length) {
      var clear = h("button", null, "Collapse");
      clear.type = "button";
      clear.addEventListener("click", function () { expanded = []; extra = {}; redraw(); });
      add(note, " ", clear);
    }
  }

  /* ---------- selection shared by network, timeline, panel and search ---------- */
  function related(id) {
    if (D.events[id]) return [id].concat(ref(id).about);
    if (D.statements[id]) return [id];
    return ref(id).events.map(function (p) { return p[0]; }).concat(ref(id).said);
  }
  function select(id, origin) {
    if (!ALL[id]) return;
    show(id);
    if (D.actors[id] && origin !== "timeline") expand(id);
    var inView = nodes.get(id) ? [id] : (D.events[id] ? D.events[id].actors.map(function (p) { return p[0]; })
      : D.statements[id] ? [D.statements[id].speaker] : []).filter(function (n) { return n && nodes.get(n); });
    network.selectNodes(inView);
    if (origin !== "network" && inView.length === 1) network.focus(inView[0], { scale: Math.max(network.getScale(), 0.9), animation: false });
    else if (origin !== "network" && inView.length > 1) network.fit({ nodes: inView, animation: false });
    timeline.highlight(related(id), id);
  }
  network.on("click", function (p) { if (p.nodes.length) select(p.nodes[0], "network"); });

  var timeline = window.DGTimeline(D, { onSelect: select, eventSpan: eventSpan, eventOn: eventOn,
    statementOn: statementOn, actorOn: actorOn, eventLabel: eventLabel, days: days });
  api.select = select;
  api.expand = expand;
  api.fit = fitView;
  api.timeline = timeline;

  /* ---------- legend, counts, dates, search ---------- */
  function counts() {
    var a = 0, e = 0, s = 0;
    Object.keys(D.actors).forEach(function (k) { if (actorOn(k)) a++; });
    Object.keys(D.events).forEach(function (k) { if (eventOn(k)) e++; });
    Object.keys(D.statements).forEach(function (k) { if (statementOn(k)) s++; });
    var c = $("counts");
    c.textContent = a + " actors · " + e + " events · " + s + " statements · " + Object.keys(D.articles).length + " articles";
    c.setAttribute("data-events", e);
  }
  function legend() {
    var n = {};
    Object.keys(D.actors).forEach(function (k) { n[D.actors[k].type] = (n[D.actors[k].type] || 0) + 1; });
    Object.keys(D.events).forEach(function (k) { n[D.events[k].type] = (n[D.events[k].type] || 0) + 1; });
    n.statement = Object.keys(D.statements).length;
    ["actor", "event", "statement"].forEach(function (kind) {
      Object.keys(S).filter(function (t) { return S[t].kind === kind; }).forEach(function (t) {
        var box = h("input"), sw = h("span", "swatch " + S[t].shape);
        box.type = "checkbox"; box.checked = enabled[t] !== false; box.setAttribute("data-type", t);
        sw.style.background = S[t].color;
        box.addEventListener("change", function () { enabled[t] = box.checked; refresh(); });
        var row = add(h("label", n[t] ? null : "empty"), box, sw, S[t].label, h("span", "count", String(n[t] || 0)));
        row.setAttribute("data-type", t);
        $("legend").appendChild(row);
      });
    });
  }
  function refresh() { redraw(); timeline.refresh(); }
  function dates() {
    var all = [];
    Object.keys(D.events).forEach(function (k) { var sp = eventSpan(k); if (sp[0]) all.push(sp[0], sp[1]); });
    Object.keys(D.statements).forEach(function (k) { if (ALL[k].start) all.push(ALL[k].start, ALL[k].end); });
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
    var list = $("names"), ids = Object.keys(D.actors).concat(Object.keys(D.events));
    $("search").addEventListener("focus", function () {  /* the suggestions are made when first wanted */
      if (list.children.length) return;
      ids.slice(0, 3000).forEach(function (id) { var o = h("option"); o.value = ALL[id].label; list.appendChild(o); });
    });
    function run() {
      var q = $("search").value.trim().toLowerCase();
      if (!q) return;
      var hits = ids.filter(function (id) {
        var n = ALL[id];
        return n.label.toLowerCase().indexOf(q) >= 0 || (n.aliases || []).some(function (a) { return a.toLowerCase().indexOf(q) >= 0; });
      });
      hits.sort(function (a, b) { return (ALL[b].label.toLowerCase() === q) - (ALL[a].label.toLowerCase() === q); });
      $("status").textContent = hits.length ? hits.length + " match" + (hits.length > 1 ? "es" : "") : "no match";
      if (hits.length && D.actors[hits[0]] && !nodes.get(hits[0])) { extra[hits[0]] = 1; }
      if (hits.length) select(hits[0], "search");
    }
    $("tools").addEventListener("submit", function (ev) { ev.preventDefault(); run(); });
    $("search").addEventListener("change", run);
    $("reset").addEventListener("click", function () {
      $("search").value = ""; $("from").value = ""; $("until").value = ""; $("status").textContent = "";
      range = { from: null, to: null }; expanded = []; extra = {}; cap = NET.cap;
      refresh(); timeline.setRange(null, null); network.unselectAll(); fitView();
    });
  }
  $("group").addEventListener("change", function () {
    timeline.setMode($("group").value);
    if (current) timeline.highlight(related(current), current);
  });
  legend(); dates(); search(); counts(); netNote();
  timeline.start();
  fitView();
  settle();
})();

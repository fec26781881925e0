// The paste-an-article page: POST /api/extract, then draw the text with
// its facts highlighted. Same drawing as the server's article page
// (newsfacts/serve/highlight.py), built with text nodes only.
"use strict";
(function () {
  var form = document.getElementById("extract-form");
  if (!form) return;
  var status = document.getElementById("extract-status");
  var out = document.getElementById("extract-output");
  var side = document.getElementById("extract-facts");
  var result = document.getElementById("extract-result");
  var notes = {};
  window.newsfactsTips(out, notes);

  function spansOf(f) {
    var spans = [];
    (f.entities || []).forEach(function (e) {
      if (["PER", "ORG", "LOC"].indexOf(e.type) < 0) return;
      (e.mentions || []).forEach(function (m) { spans.push([m.start, m.end, e.type, e.id]); });
    });
    [["projects", "project"], ["events", "event"], ["quotes", "quote"]].forEach(function (g) {
      (f[g[0]] || []).forEach(function (x) {
        var ev = (x.evidence && x.evidence.length) ? x.evidence : (g[1] === "quote" ? [x] : []);
        ev.forEach(function (e) { spans.push([e.start, e.end, g[1], x.id]); });
      });
    });
    return spans;
  }
  function num(v) {
    var a = Math.abs(v);
    if (a >= 1e9) return +(v / 1e9).toFixed(2) + " bn";
    if (a >= 1e6) return +(v / 1e6).toFixed(2) + " m";
    if (a >= 1e3) return +(v / 1e3).toFixed(2) + " k";
    return String(+v.toFixed(2));
  }
  function notesOf(f) {
    var n = {};
    (f.entities || []).forEach(function (e) {
      n[e.id] = { kind: e.type, title: e.name, lines: e.aliases && e.aliases.length ? ["aka " + e.aliases.slice(0, 4).join(", ")] : [] };
    });
    (f.projects || []).forEach(function (p) {
      var lines = ["sector " + (p.sector || "—") + " · status " + (p.status || "—")];
      if (p.location) lines.push("location " + p.location.name);
      if (p.companies && p.companies.length) lines.push("companies " + p.companies.map(function (c) { return c.name; }).join(", "));
      (p.capacity || []).forEach(function (c) { lines.push("capacity " + num(c.value) + " " + c.unit); });
      (p.investment || []).forEach(function (c) { lines.push("investment " + num(c.amount) + " " + c.currency); });
      n[p.id] = { kind: "project", title: p.name, lines: lines };
    });
    (f.events || []).forEach(function (e) {
      var lines = [];
      if (e.participants && e.participants.length) lines.push("with " + e.participants.map(function (r) { return r.name; }).join(", "));
      if (e.date) lines.push("date " + e.date);
      if (e.place) lines.push("place " + e.place.name);
      n[e.id] = { kind: "event", title: e.type, lines: lines };
    });
    (f.quotes || []).forEach(function (q) {
      n[q.id] = { kind: "quote", title: q.speaker ? q.speaker.name : "unknown speaker", lines: [String(q.text || "").slice(0, 240)] };
    });
    return n;
  }
  function draw(text, spans) {
    out.textContent = "";
    var good = spans.filter(function (s) { return s[0] >= 0 && s[0] < s[1] && s[1] <= text.length; });
    var cuts = {0: 1}; cuts[text.length] = 1;
    good.forEach(function (s) { cuts[s[0]] = 1; cuts[s[1]] = 1; });
    var pts = Object.keys(cuts).map(Number).sort(function (a, b) { return a - b; });
    for (var i = 0; i + 1 < pts.length; i++) {
      var a = pts[i], b = pts[i + 1];
      var act = good.filter(function (s) { return s[0] <= a && s[1] > a; });
      var piece = document.createTextNode(text.slice(a, b));
      if (!act.length) { out.appendChild(piece); continue; }
      var span = document.createElement("span");
      var kinds = {}, keys = {};
      act.forEach(function (s) { kinds[s[2]] = 1; if (s[3]) keys[s[3]] = 1; });
      span.className = "hl " + Object.keys(kinds).sort().map(function (k) { return "hl-" + k; }).join(" ");
      span.setAttribute("data-f", Object.keys(keys).sort().join(" "));
      span.appendChild(piece);
      out.appendChild(span);
    }
  }
  function list(title, items, fmt) {
    var h = document.createElement("h3"); h.textContent = title; side.appendChild(h);
    var ul = document.createElement("ul"); ul.className = "fact-list small";
    if (!items.length) { var li0 = document.createElement("li"); li0.className = "muted"; li0.textContent = "none"; ul.appendChild(li0); }
    items.forEach(function (x) { var li = document.createElement("li"); li.textContent = fmt(x); ul.appendChild(li); });
    side.appendChild(ul);
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var text = document.getElementById("extract-text").value;
    var published = document.getElementById("extract-date").value || null;
    status.textContent = "Extracting…"; status.classList.remove("error");
    document.getElementById("extract-go").disabled = true;
    fetch("/api/extract", { method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" },
                            body: JSON.stringify({ text: text, published: published }) })
      .then(function (r) { return r.json().then(function (body) { return [r, body]; }); })
      .then(function (rb) {
        var r = rb[0], f = rb[1];
        if (!r.ok) throw new Error(typeof f.detail === "string" ? f.detail : "HTTP " + r.status);
        var fresh = notesOf(f);
        Object.keys(notes).forEach(function (k) { delete notes[k]; });
        Object.keys(fresh).forEach(function (k) { notes[k] = fresh[k]; });
        draw(text, spansOf(f));
        side.textContent = "";
        list("Projects", f.projects || [], function (p) { return p.name + " · " + (p.sector || "—") + " · " + (p.status || "—"); });
        list("Events", f.events || [], function (e) { return e.type + (e.participants && e.participants.length ? ": " + e.participants.map(function (r) { return r.name; }).join(", ") : ""); });
        list("Quotes", f.quotes || [], function (q) { return (q.speaker ? q.speaker.name : "unknown") + ": «" + String(q.text).slice(0, 120) + "»"; });
        list("Entities", f.entities || [], function (e) { return e.type + " " + e.name; });
        result.hidden = false;
        status.textContent = (f.entities || []).length + " entities, " + (f.projects || []).length + " projects, " +
          (f.events || []).length + " events, " + (f.quotes || []).length + " quotes";
      })
      .catch(function (e) { status.textContent = "Failed: " + e.message; status.classList.add("error"); })
      .then(function () { document.getElementById("extract-go").disabled = false; });
  });
})();

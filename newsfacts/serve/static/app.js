// newsfacts: the little script every page loads. No framework.
// Text from the data is only ever inserted with textContent, never as HTML.
"use strict";

(function () {
  // Filter forms: a changed menu applies at once (text fields wait for Enter).
  document.querySelectorAll("form.filters select").forEach(function (sel) {
    sel.addEventListener("change", function () { sel.form.requestSubmit ? sel.form.requestSubmit() : sel.form.submit(); });
  });
  // Empty fields would otherwise clutter the URL as "?sector=&status=...".
  document.querySelectorAll("form.filters").forEach(function (form) {
    form.addEventListener("submit", function () {
      form.querySelectorAll("input, select").forEach(function (el) { if (!el.value) el.disabled = true; });
    });
  });
})();

// Hover cards for highlighted facts: spans carry data-f="e1 p2", the page
// carries the notes as JSON (#fact-notes) or sets window.newsfactsNotes.
window.newsfactsTips = function (root, notes) {
  var tip = document.createElement("div");
  tip.className = "tip";
  tip.hidden = true;
  document.body.appendChild(tip);
  function show(ev) {
    var el = ev.target.closest("[data-f]");
    if (!el || !root.contains(el)) { tip.hidden = true; return; }
    var keys = (el.getAttribute("data-f") || "").split(" ").filter(Boolean);
    tip.textContent = "";
    keys.forEach(function (k) {
      var n = notes[k];
      if (!n) return;
      var item = document.createElement("div"); item.className = "item";
      var kind = document.createElement("div"); kind.className = "k"; kind.textContent = n.kind || "";
      var title = document.createElement("div"); title.className = "t"; title.textContent = n.title || "";
      item.appendChild(kind); item.appendChild(title);
      (n.lines || []).forEach(function (line) {
        var d = document.createElement("div"); d.textContent = line; item.appendChild(d);
      });
      tip.appendChild(item);
    });
    if (!tip.childNodes.length) { tip.hidden = true; return; }
    tip.hidden = false;
    var x = Math.min(ev.clientX + 14, window.innerWidth - tip.offsetWidth - 8);
    var y = ev.clientY + 16;
    if (y + tip.offsetHeight > window.innerHeight - 8) y = ev.clientY - tip.offsetHeight - 12;
    tip.style.left = x + "px"; tip.style.top = y + "px";
  }
  root.addEventListener("mousemove", show);
  root.addEventListener("mouseleave", function () { tip.hidden = true; });
};

(function () {
  var data = document.getElementById("fact-notes");
  var text = document.getElementById("article-text");
  if (data && text) window.newsfactsTips(text, JSON.parse(data.textContent));
})();

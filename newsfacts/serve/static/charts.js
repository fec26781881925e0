// Home page charts (Chart.js from the vendor folder). Without it the page
// still shows its counts; the canvases stay empty.
"use strict";
(function () {
  var el = document.getElementById("stats-data");
  if (!el) return;
  var s = JSON.parse(el.textContent);
  if (typeof Chart === "undefined") return;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.color = "#475467";
  Chart.defaults.animation = false;  // charts appear at once; nothing to watch

  function go(filter, key) { return function (evt, elements) {
    if (!elements.length || !key) return;
    var v = key[elements[0].index];
    if (v) window.location.href = "/projects?" + new URLSearchParams([[filter, v]]).toString();
  }; }
  function bar(id, d, opts) {
    var canvas = document.getElementById(id);
    if (!canvas) return;
    new Chart(canvas, {
      type: "bar",
      data: { labels: d.labels, datasets: [{ data: d.counts, backgroundColor: d.colors || "#2554c7", borderRadius: 4 }] },
      options: Object.assign({
        maintainAspectRatio: false, plugins: { legend: { display: false } },
        scales: { x: { grid: { display: false } }, y: { beginAtZero: true, ticks: { precision: 0 } } },
      }, opts || {}),
    });
  }
  bar("chart-sector", s.sector, { indexAxis: "y", onClick: go("sector", s.sector.keys),
      scales: { y: { grid: { display: false } }, x: { beginAtZero: true, ticks: { precision: 0 } } } });
  var st = document.getElementById("chart-status");
  if (st) new Chart(st, {
    type: "doughnut",
    data: { labels: s.status.labels, datasets: [{ data: s.status.counts, backgroundColor: s.status.colors }] },
    options: { maintainAspectRatio: false, plugins: { legend: { position: "right" } }, onClick: go("status", s.status.keys) },
  });
  bar("chart-country", s.country, { onClick: go("country", s.country.keys) });
  bar("chart-year", s.year, {});
})();

// Maps without a tile server: the base layer is country and admin-1
// outlines shipped with the package (built from Natural Earth by
// scripts/build_assets.py), drawn as vector polygons on a sea-coloured
// background. Used by the map page (#map) and the project page (#minimap).
"use strict";
(function () {
  var OUTLINES = "/static/vendor/geo/countries.geojson";
  var REGIONS = "/static/vendor/geo/regions.geojson";
  var cache = {};
  function getJSON(url) {
    if (!cache[url]) cache[url] = fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      if (!r.ok) throw new Error(url + ": HTTP " + r.status);
      return r.json();
    });
    return cache[url];
  }
  function baseLayers(map, withRegions) {
    var renderer = L.canvas({ padding: 0.3 });
    getJSON(OUTLINES).then(function (geo) {
      L.geoJSON(geo, {
        renderer: renderer, interactive: false,
        style: { color: "#98a2b3", weight: 1, fillColor: "#fbfaf7", fillOpacity: 1 },
      }).addTo(map).bringToBack();
    }).catch(function (e) { console.warn("outlines:", e.message); });
    if (withRegions) getJSON(REGIONS).then(function (geo) {
      L.geoJSON(geo, {
        renderer: renderer, interactive: false,
        style: { color: "#b8c0cc", weight: 0.6, dashArray: "3 3", fill: false },
      }).addTo(map);
    }).catch(function (e) { console.warn("regions:", e.message); });
  }
  function newMap(el, opts) {
    var map = L.map(el, Object.assign({ zoomSnap: 0.5, worldCopyJump: false, minZoom: 2, maxZoom: 12 }, opts || {}));
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Outlines © Natural Earth · Leaflet");
    return map;
  }

  // --- project page -------------------------------------------------------
  var mini = document.getElementById("minimap");
  if (mini) {
    var lat = parseFloat(mini.dataset.lat), lon = parseFloat(mini.dataset.lon);
    var m = newMap(mini, { scrollWheelZoom: false }).setView([lat, lon], 5);
    baseLayers(m, true);
    L.circleMarker([lat, lon], { radius: 8, color: "#fff", weight: 2, fillColor: mini.dataset.color || "#2554c7", fillOpacity: 1 }).addTo(m);
  }

  // --- map page -----------------------------------------------------------
  var el = document.getElementById("map");
  if (!el) return;
  var colors = JSON.parse(document.getElementById("sector-colors").textContent);
  function colorOf(sector) { return (colors[sector] || colors.other || ["", "#999"])[1]; }
  function labelOf(sector) { return (colors[sector] || [sector || "unknown"])[0]; }

  var map = newMap(el).setView([45, 72], 4);
  baseLayers(map, true);

  var clusters = L.markerClusterGroup({
    showCoverageOnHover: false, maxClusterRadius: 45, chunkedLoading: true,
    // A cluster shows its size and the colour of its most common sector.
    iconCreateFunction: function (cluster) {
      var counts = {}, best = null;
      cluster.getAllChildMarkers().forEach(function (mk) {
        var s = mk.options.sector || "other";
        counts[s] = (counts[s] || 0) + 1;
        if (best === null || counts[s] > counts[best]) best = s;
      });
      var n = cluster.getChildCount();
      var size = n < 10 ? 34 : n < 100 ? 42 : 52;
      var div = document.createElement("div");
      div.className = "cluster";
      div.style.width = div.style.height = size + "px";
      div.style.background = colorOf(best);
      div.textContent = String(n);
      return L.divIcon({ html: div, className: "", iconSize: [size, size] });
    },
  });
  map.addLayer(clusters);

  function popup(p) {
    var box = document.createElement("div");
    var a = document.createElement("a");
    a.className = "popup-title"; a.href = "/projects/" + encodeURIComponent(p.id); a.textContent = p.name;
    box.appendChild(a);
    var lines = [labelOf(p.sector) + (p.status ? " · " + p.status : ""),
                 [p.location, p.region].filter(Boolean).join(", "),
                 (p.companies || []).join(", ")];
    lines.forEach(function (t) {
      if (!t) return;
      var d = document.createElement("div"); d.className = "small muted"; d.textContent = t; box.appendChild(d);
    });
    return box;
  }

  var params = new URLSearchParams(window.location.search);
  params.delete("format");
  var count = document.getElementById("map-count");
  fetch(el.dataset.api + "?" + params.toString(), { headers: { Accept: "application/json" } })
    .then(function (r) { if (!r.ok) throw new Error("HTTP " + r.status); return r.json(); })
    .then(function (points) {
      var markers = [];
      points.forEach(function (p) {
        if (p.lat == null || p.lon == null) return;
        var mk = L.circleMarker([p.lat, p.lon], {
          radius: 7, color: "#fff", weight: 1.5, fillColor: colorOf(p.sector), fillOpacity: 0.95, sector: p.sector,
        });
        mk.bindPopup(function () { return popup(p); });
        markers.push(mk);
      });
      clusters.addLayers(markers);
      el.dataset.markers = String(markers.length);
      count.textContent = markers.length + " project" + (markers.length === 1 ? "" : "s") + " on the map";
      if (markers.length) map.fitBounds(clusters.getBounds().pad(0.2), { maxZoom: 6 });
    })
    .catch(function (e) { count.textContent = "Could not load the projects: " + e.message; });
})();

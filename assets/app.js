/*
 * Clientside half of the dashboard. Stepping through days never asks the server:
 * the map is recoloured in place with Plotly.restyle (the geometry stays where it
 * was sent once), the evidence panel is rebuilt from the Store, and the URL is kept
 * in step with history.replaceState. Article text only ever goes into React text
 * children, so it is shown escaped.
 */
(function () {
  "use strict";

  // The map has no tiles, but MapLibre still asks a font server for the glyphs of map
  // labels. The dashboard must work offline and talk to no one but its own server, so
  // those requests are refused before they leave the page; MapLibre then draws the
  // labels with the browser's own fonts.
  const GLYPH_HOSTS = /^https?:\/\/fonts\.openmaptiles\.org\//;
  const pageFetch = window.fetch.bind(window);
  window.fetch = function (input, init) {
    const url = typeof input === "string" ? input : input && input.url;
    if (url && GLYPH_HOSTS.test(url)) {
      return Promise.reject(new TypeError("offline: glyphs are drawn locally"));
    }
    return pageFetch(input, init);
  };

  const NS = "dash_html_components";
  const el = (type, props, children) => ({
    type: type,
    namespace: NS,
    props: Object.assign({}, props || {}, children === undefined ? {} : { children: children }),
  });

  function safeUrl(url) {
    return /^https?:\/\//i.test(url || "") ? url : null;
  }

  function plotDiv(id) {
    const host = document.getElementById(id);
    if (!host) return null;
    const gd = host.classList.contains("js-plotly-plot") ? host : host.querySelector(".js-plotly-plot");
    return gd && gd._fullData ? gd : null;
  }

  function mapOf(gd) {
    const sub = gd && gd._fullLayout && gd._fullLayout.map && gd._fullLayout.map._subplot;
    return sub ? sub.map : null;
  }

  // After any redraw plotly does by itself (a legend click, say) it repaints from its
  // own copy of the figure, which may predate the day shown: put the day back.
  function keepDay(gd) {
    if (gd.__keepsDay) return;
    gd.__keepsDay = true;
    const restore = () => {
      const map = mapOf(gd);
      if (!map) return;
      if (gd.__data) paintStates(gd, map, gd.__data, gd.__states, true);
      Object.keys(gd.__lines || {}).forEach((k) => {
        const src = map.getSource("source-" + gd._fullData[k].uid + "-line");
        if (src) src.setData({ type: "MultiLineString", coordinates: gd.__lines[k] });
      });
    };
    // plotly may reload the map style after its own redraw; wait until MapLibre has
    // settled, then restore again.
    gd.on("plotly_afterplot", () => {
      restore();
      const map = mapOf(gd);
      if (map) map.once("idle", restore);
    });
  }

  // Settings plotly has no option for, applied to the map's own layers and handlers;
  // plotly may rebuild layers on a redraw, so this runs again after each one.
  // - The arrow keys change the day: MapLibre must not also pan the map with them once
  //   it has the focus (after a click on a district).
  // - The wheel scrolls the page: a map that zooms on the wheel traps a reader who
  //   scrolls past it (zoom with the map's buttons, a double click, or a pinch).
  // - Every label gets a white halo, so it reads on hatching and on dark fills.
  function dressMap(gd) {
    const map = mapOf(gd);
    if (!map) return;
    if (map.keyboard && map.keyboard.isEnabled()) map.keyboard.disable();
    if (map.scrollZoom && map.scrollZoom.isEnabled()) map.scrollZoom.disable();
    // the layer ids alone: getStyle() would serialise the whole style, data included
    const ids = map.getLayersOrder ? map.getLayersOrder() : (map.getStyle().layers || []).map((l) => l.id);
    ids.forEach((id) => {
      if (!/^plotly-trace-layer-.*-symbol$/.test(id)) return;
      if (map.getPaintProperty(id, "text-halo-width") !== HALO.width) {
        map.setPaintProperty(id, "text-halo-color", HALO.color);
        map.setPaintProperty(id, "text-halo-width", HALO.width);
        map.setPaintProperty(id, "text-halo-blur", HALO.blur);
      }
    });
  }
  const HALO = { color: "#FFFFFF", width: 1.6, blur: 0.4 };

  function keepDressed(gd) {
    if (gd.__dressed) return;
    gd.__dressed = true;
    dressMap(gd);
    // plotly adds and replaces its layers whenever it redraws, not only on afterplot;
    // MapLibre reports every such change as "styledata". The layers are dressed on the
    // next frame, once MapLibre and plotly have finished the change in hand.
    let pending = false;
    const dress = () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        dressMap(gd);
      });
    };
    const map = mapOf(gd);
    if (map) map.on("styledata", dress);
    gd.on("plotly_afterplot", dress);
  }

  // A day's colours should appear at once, not fade in over MapLibre's default 300 ms.
  function noFades(gd) {
    const map = mapOf(gd);
    if (map && map.style && map.style.stylesheet && !map.__aleppoNoFade) {
      map.style.stylesheet.transition = { duration: 0, delay: 0 };
      map.__aleppoNoFade = true;
    }
  }

  // The figure's centre and zoom suit a desktop-sized map; fit the districts to the box
  // the map really has (a phone's is narrower), now and whenever the box changes size.
  function layerBounds(gd) {
    const geo = gd.data[0] && gd.data[0].geojson;
    if (!geo || !geo.features) return null;
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    const walk = (c) => {
      if (typeof c[0] === "number") {
        minX = Math.min(minX, c[0]);
        maxX = Math.max(maxX, c[0]);
        minY = Math.min(minY, c[1]);
        maxY = Math.max(maxY, c[1]);
      } else c.forEach(walk);
    };
    geo.features.forEach((f) => f.geometry && walk(f.geometry.coordinates));
    return minX <= maxX ? [[minX, minY], [maxX, maxY]] : null;
  }

  function fitMap(gd) {
    const map = mapOf(gd);
    const bounds = gd.__bounds || (gd.__bounds = layerBounds(gd));
    if (!map || !bounds) return;
    map.resize();
    map.fitBounds(bounds, { padding: 8, animate: false });
    // plotly redraws from its own layout: keep the fitted view there too
    const c = map.getCenter();
    const view = { center: { lon: c.lng, lat: c.lat }, zoom: map.getZoom() };
    [gd.layout, gd._fullLayout].forEach((l) => {
      if (l && l.map) Object.assign(l.map, view);
    });
  }

  function keepFitted(gd) {
    if (gd.__fitted) return;
    gd.__fitted = true;
    fitMap(gd);
    // plotly may still be applying the figure's own centre and zoom: fit again once the
    // map has settled
    const map = mapOf(gd);
    if (map) map.once("idle", () => fitMap(gd));
    if (typeof ResizeObserver === "undefined") return;
    let width = gd.clientWidth;
    let height = gd.clientHeight;
    let timer = null;
    new ResizeObserver(() => {
      if (gd.clientWidth === width && gd.clientHeight === height) return;
      width = gd.clientWidth;
      height = gd.clientHeight;
      clearTimeout(timer);
      timer = setTimeout(() => fitMap(gd), 100);
    }).observe(gd);
  }

  // Resolves once the graph has been drawn, so a redraw requested on load is not lost.
  function whenPlotted(id, timeoutMs) {
    return new Promise((resolve) => {
      const start = performance.now();
      (function poll() {
        const gd = plotDiv(id);
        if (gd && (id !== "map" || mapOf(gd))) {
          if (id === "map") {
            noFades(gd);
            keepDressed(gd);
            keepFitted(gd);
            if (!window.__naiveMap) keepDay(gd);
          }
          return resolve(gd);
        }
        if (performance.now() - start > (timeoutMs || 20000)) return resolve(null);
        setTimeout(poll, 30);
      })();
    });
  }

  // Records when the map has finished drawing the latest change: MapLibre's "idle"
  // comes after the frame in which every source update has been rendered.
  // Records when the latest change is on screen: the first frame MapLibre renders
  // after it (or, when a source's data changed and its worker had to re-tile it, the
  // first frame after which every source is loaded), once the browser has taken it.
  function markPainted(gd, waitForSources) {
    return new Promise((resolve) => {
      const map = mapOf(gd);
      const done = () => {
        window.__mapPaintedAt = performance.now();
        window.__mapPaints = (window.__mapPaints || 0) + 1;
        resolve();
      };
      if (!map) return requestAnimationFrame(done);
      // "render" fires once MapLibre has issued a frame's drawing; the next animation
      // frame starts only after the browser has taken that frame, so wait for it too.
      const onRender = () => {
        if (!waitForSources || map.loaded()) {
          map.off("render", onRender);
          window.__mapDrawnAt = performance.now();
          requestAnimationFrame(done);
        }
      };
      map.on("render", onRender);
      map.triggerRepaint();
    });
  }

  function watchNaiveRedraws() {
    whenPlotted("map").then((gd) => {
      if (!gd) return;
      gd.on("plotly_afterplot", () => {
        const meta = gd.layout && gd.layout.meta;
        markPainted(gd, true).then(() => {
          window.__paintedDay = meta && Number.isInteger(meta.day) ? meta.day : 0;
        });
      });
    });
  }
  if (window.__naiveMap) watchNaiveRedraws();

  function flatten(lines) {
    const lon = [];
    const lat = [];
    lines.forEach((line) => {
      line.forEach((p) => {
        lon.push(p[0]);
        lat.push(p[1]);
      });
      lon.push(null);
      lat.push(null);
    });
    return lon.length ? { lon: lon, lat: lat } : { lon: [null], lat: [null] };
  }

  function setLines(gd, map, traceIndex, lines) {
    gd.__sourcesChanged = true;
    // Draw through MapLibre directly, and keep plotly's copy of the trace in step so
    // that any later full redraw (legend click, resize) shows the same day.
    const uid = gd._fullData[traceIndex].uid;
    const src = map.getSource("source-" + uid + "-line");
    if (src) src.setData({ type: "MultiLineString", coordinates: lines });
    gd.__lines = gd.__lines || {};
    gd.__lines[traceIndex] = lines;
    const flat = flatten(lines);
    gd.data[traceIndex].lon = flat.lon;
    gd.data[traceIndex].lat = flat.lat;
  }

  // Fill colour from each feature's state (set per district with setFeatureState, a
  // change MapLibre paints without re-tiling); plotly's own colour until one is set.
  function stateColour(data) {
    const expr = ["match", ["to-number", ["feature-state", "c"], -1]];
    data.cats.forEach((cat, c) => {
      expr.push(c, cat.color);
    });
    expr.push(["get", "fc"]);
    return expr;
  }

  // Hatching as fill patterns drawn in the browser, shown per district by feature
  // state like the colours: claimed one diagonal, contested crossed (see style.py).
  function hatchImage(crossed) {
    const size = 8;
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = size;
    const ctx = canvas.getContext("2d");
    ctx.strokeStyle = "#222222";
    ctx.lineWidth = 1;
    const diagonal = (flip) => {
      for (const off of [-size, 0, size]) {
        ctx.beginPath();
        if (flip) {
          ctx.moveTo(off, 0);
          ctx.lineTo(off + size, size);
        } else {
          ctx.moveTo(off, size);
          ctx.lineTo(off + size, 0);
        }
        ctx.stroke();
      }
    };
    diagonal(false);
    if (crossed) diagonal(true);
    return ctx.getImageData(0, 0, size, size);
  }

  const HATCH_CODE = { claimed: 1, contested: 2 };

  function ensureHatchLayers(map, fill, lineLayerId) {
    Object.keys(HATCH_CODE).forEach((status) => {
      const image = "aleppo-hatch-" + status;
      if (!map.hasImage(image)) map.addImage(image, hatchImage(status === "contested"));
      const id = "aleppo-hatch-layer-" + status;
      if (map.getLayer(id) && map.getLayer(id).source === fill.source) {
        // plotly re-adds its own layers on a redraw: keep the hatching just above the fill
        if (map.getLayer(lineLayerId)) map.moveLayer(id, lineLayerId);
        return;
      }
      if (map.getLayer(id)) map.removeLayer(id);
      map.addLayer(
        {
          id: id,
          type: "fill",
          source: fill.source,
          paint: {
            "fill-pattern": image,
            "fill-opacity": ["case", ["==", ["to-number", ["feature-state", "h"], 0], HATCH_CODE[status]], 1, 0],
          },
        },
        map.getLayer(lineLayerId) ? lineLayerId : undefined
      );
    });
  }

  function paintStates(gd, map, data, states, fresh) {
    const uid = gd._fullData[data.traces.districts].uid;
    const fill = map.getLayer("plotly-trace-layer-" + uid + "-fill");
    if (!fill) return;
    if (fresh || gd.__fillSource !== fill.source) {
      gd.__fillSource = fill.source;
      gd.__cats = [];
      map.setPaintProperty(fill.id, "fill-color", stateColour(data));
      ensureHatchLayers(map, fill, "plotly-trace-layer-" + uid + "-line");
      // MapLibre evaluates a new layer's or a new expression's paint only at its next
      // frame; a tile that arrives before that frame, for a source with feature state,
      // crashes it ("expression.evaluate is not a function") and the day is never drawn.
      // Render once now, so the paint is evaluated before any state is set.
      if (map.redraw) map.redraw();
    }
    states.forEach((c, j) => {
      if (gd.__cats[j] !== c) {
        const hatch = HATCH_CODE[data.cats[c].status] || 0;
        map.setFeatureState({ source: fill.source, id: j }, { c: c, h: hatch });
        gd.__cats[j] = c;
      }
    });
  }

  // Redraw the map for one day. Colours and hatching change in MapLibre without a
  // plotly redraw (which costs a full re-layout of every trace); flows, which change
  // on few days, go through Plotly.restyle only when the set shown changes.
  function applyDay(gd, data, day, cumulative, district) {
    const map = mapOf(gd);
    const t = data.traces;
    const states = data.states[day] || [];
    gd.__sourcesChanged = false;
    gd.__data = data;
    gd.__states = states;
    paintStates(gd, map, data, states, false);
    const text = states.map((c) => data.cats[c].label);
    gd.data[t.districts].z = states.slice();
    gd.data[t.districts].text = text;
    gd._fullData[t.districts].text = text;

    if (gd.__highlight !== (district || null)) {
      gd.__highlight = district || null;
      setLines(gd, map, t.highlight, highlightLines(gd, district));
    }

    // Flows: each has a line, the core of a hollow arrow and a label trace
    // (data.perFlow of them); a day only shows or hides them. A trace plotly has not
    // drawn (hidden when the figure was built or redrawn) has no layers to show, so it
    // goes through Plotly.restyle instead.
    const per = data.perFlow || 3;
    const kinds = ["line", "line", "symbol"];
    const undrawn = [];
    const shown = data.flows.map((f) => (cumulative ? f.d0 <= day : f.d0 <= day && day <= f.d1));
    const slot = (i) => (Number.isInteger(data.flows[i].slot) ? data.flows[i].slot : i);
    shown.forEach((show, i) => {
      const first = data.firstFlow + per * slot(i);
      let drawn = true;
      // every trace every time: a plotly redraw can leave a hidden label's layers showing
      for (let k = 0; k < per; k++) {
        drawn = setVisible(gd, map, first + k, show, [kinds[k] || "line"]) && drawn;
      }
      if (!drawn && show) for (let k = 0; k < per; k++) undrawn.push(first + k);
    });
    if (undrawn.length) {
      gd.__sourcesChanged = true;
      return Plotly.restyle(gd, { visible: true }, undrawn).then(() => {
        dressMap(gd);
        shown.forEach((show, i) => {
          if (show) return;
          for (let k = 0; k < per; k++) {
            setVisible(gd, map, data.firstFlow + per * slot(i) + k, false, [kinds[k] || "line"]);
          }
        });
      });
    }
    return Promise.resolve();
  }

  function setVisible(gd, map, traceIndex, show, kinds) {
    // plotly reads ``visible`` from its full trace for hover, and from the input trace
    // on any later redraw; MapLibre only needs the layers hidden.
    gd.data[traceIndex].visible = show;
    gd._fullData[traceIndex].visible = show;
    const uid = gd._fullData[traceIndex].uid;
    let drawn = true;
    kinds.forEach((kind) => {
      const id = "plotly-trace-layer-" + uid + "-" + kind;
      if (map.getLayer(id)) map.setLayoutProperty(id, "visibility", show ? "visible" : "none");
      else drawn = false;
    });
    return drawn;
  }



  // One entry per sentence: the extractor makes an event per district a sentence names
  // ("... from Haidariya, al-Shaar and Jabal Badro"), but the reader needs the sentence
  // once, with every district it names.
  function groupBySentence(events) {
    const groups = [];
    const at = {};
    events.forEach((ev) => {
      const key = ev.article + "\u0000" + ev.evidence;
      const places = ev.places && ev.places.length ? ev.places : ev.district ? [ev.district] : [];
      if (!(key in at)) {
        at[key] = groups.length;
        groups.push(Object.assign({}, ev, { places: places.slice(), types: [ev.type], claimants: ev.claimant ? [ev.claimant] : [] }));
        return;
      }
      const g = groups[at[key]];
      places.forEach((p) => {
        if (g.places.indexOf(p) < 0) g.places.push(p);
      });
      if (g.types.indexOf(ev.type) < 0) g.types.push(ev.type);
      if (ev.claimant && g.claimants.indexOf(ev.claimant) < 0) g.claimants.push(ev.claimant);
      if (ev.d0 !== null && (g.d0 === null || ev.d0 < g.d0)) g.d0 = ev.d0;
      if (ev.d1 !== null && (g.d1 === null || ev.d1 > g.d1)) g.d1 = ev.d1;
    });
    groups.forEach((g) => {
      g.type = g.types.join(", ");
      g.claimant = g.claimants.join("; ");
    });
    return groups;
  }

  function eventItem(ev, dates) {
    const when = ev.d0 === null ? "undated" : dates[ev.d0] + (ev.d1 !== ev.d0 && ev.d1 !== null ? " to " + dates[ev.d1] : "");
    const url = safeUrl(ev.url);
    const source = [
      el("Span", { className: "outlet" }, ev.outlet || ev.article),
      ev.published ? ", published " + ev.published : "",
      ev.claimant ? "; claimant: " + ev.claimant : "",
    ];
    if (url) {
      source.push(" ");
      source.push(el("A", { href: url, target: "_blank", rel: "noopener noreferrer" }, "article"));
    } else if (ev.article) {
      source.push(" (" + ev.article + ")");
    }
    return el(
      "Li",
      { className: "event event-" + ev.type },
      [
        el("Div", { className: "event-head" }, [
          el("Span", { className: "tag" }, ev.type.replace(/_/g, " ")),
          " " + ((ev.places && ev.places.length ? ev.places.join(", ") : ev.district) || "") + " · " + when,
        ]),
        el("Blockquote", { className: "quote" }, ev.evidence),
        el("Div", { className: "source" }, source),
      ]
    );
  }

  function evidencePanel(data, day, cumulative) {
    const shown = data.events.filter((ev) =>
      ev.d0 === null ? cumulative : cumulative ? ev.d0 <= day : ev.d0 <= day && day <= (ev.d1 === null ? ev.d0 : ev.d1)
    );
    shown.sort((a, b) => (b.d0 || 0) - (a.d0 || 0));
    if (!shown.length) {
      return el("P", { className: "muted" }, cumulative ? "No reports up to this day." : "No reports for this day.");
    }
    return el("Ul", { className: "events" }, groupBySentence(shown).map((ev) => eventItem(ev, data.dates)));
  }

  // Every change of the district's state with the reports behind it, then any other
  // report naming it (denials the rules did not count, for instance).
  // The baseline row's own sources and note (data/geo/baseline.csv), as text.
  function baselineNote(data, j) {
    const row = data.baseline && data.baseline[j];
    if (!row) return el("Span", { className: "muted" }, " (baseline; no source recorded)");
    return el("Div", { className: "baseline-note" }, [
      el("Span", { className: "muted" }, " (baseline, " + row[0] + ", confidence " + row[1] + ")"),
      row[3] ? el("P", {}, row[3]) : null,
      row[2] ? el("P", { className: "source" }, "Sources: " + row[2]) : null,
    ]);
  }

  // One entry per run of a state ("26 Nov to 27 Nov: contested"), each report cited
  // once, under the run in which it first counted.
  function historyPanel(data, district) {
    if (!district) return el("P", { className: "muted" }, "Click a district on the map.");
    const j = data.districts.indexOf(district);
    if (j < 0) return el("P", { className: "muted" }, "No district called " + district + ".");
    const byId = {};
    data.events.forEach((ev) => {
      byId[ev.id] = ev;
    });
    const cited = {};
    const runs = data.history[j] || [];
    const items = runs.map((run, k) => {
      const d0 = run[0], d1 = run[1];
      const ids = (run[3] || "").split(";").filter((id) => id && !cited[id]);
      ids.forEach((id) => {
        cited[id] = true;
      });
      const span =
        d0 === null || d0 === undefined
          ? "undated"
          : data.dates[d0] + (d1 !== null && d1 !== undefined && d1 > d0 ? " to " + data.dates[d1] : "");
      const head = el("Strong", {}, span + ": " + data.cats[run[2]].label);
      const body = ids.length
        ? el("Ul", { className: "events" }, ids.filter((id) => byId[id]).map((id) => eventItem(byId[id], data.dates)))
        : k === 0
          ? baselineNote(data, j)
          : el("Span", { className: "muted" }, " (the reports above still stand)");
      return el("Li", {}, [head, body]);
    });
    const others = data.events.filter((ev) => ev.district === district && !cited[ev.id]);
    const out = [el("H3", {}, district), el("Ol", { className: "history" }, items)];
    if (others.length) {
      out.push(el("H4", {}, "Other reports naming this district"));
      out.push(el("Ul", { className: "events" }, others.map((ev) => eventItem(ev, data.dates))));
    }
    return out;
  }

  // On a narrow screen the history sits under the map; make sure a tap on a district
  // visibly does something by bringing the panel's top into view if it is below.
  function revealHistory() {
    requestAnimationFrame(() => {
      const panel = document.getElementById("history-panel");
      if (!panel || window.innerWidth > 800) return;
      const top = panel.getBoundingClientRect().top;
      if (top > window.innerHeight - 160 || top < 0) panel.scrollIntoView({ block: "start" });
    });
  }

  // How many flows the map shows, counting those with an end the article leaves unstated.
  function flowCount(data, day, cumulative) {
    const shown = (data.flows || []).filter((f) => (cumulative ? f.d0 <= day : f.d0 <= day && day <= f.d1));
    if (!shown.length) return "";
    const open = shown.filter((f) => f.open).length;
    const n = shown.length + " flow" + (shown.length === 1 ? "" : "s") + " of people on the map";
    return open ? n + ", " + open + " with an origin or destination not stated (dashed)" : n;
  }

  function formatDay(iso) {
    const d = new Date(iso + "T12:00:00Z");
    return d.toLocaleDateString("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  }

  function clampDay(data, day) {
    const n = data && data.dates ? data.dates.length : 0;
    const v = Number.isInteger(day) ? day : 0;
    return Math.max(0, Math.min(n - 1, v));
  }

  function shareLink(data, day, district) {
    const params = new URLSearchParams();
    params.set("date", data.dates[clampDay(data, day)]);
    if (district) params.set("district", district);
    return window.location.origin + window.location.pathname + "?" + params.toString();
  }

  function highlightLines(gd, district) {
    if (!district) return [];
    const feat = gd.data[0].geojson.features.find((f) => f.properties.district === district);
    if (!feat) return [];
    const polys = feat.geometry.type === "Polygon" ? [feat.geometry.coordinates] : feat.geometry.coordinates;
    const lines = [];
    polys.forEach((poly) => poly.forEach((ring) => lines.push(ring)));
    return lines;
  }

  // Draw a day on the map (and mark it on the area chart). Only the latest request is
  // drawn, so a slow redraw never overwrites a newer day; asking again for the day
  // being drawn does nothing.
  function drawDay(data, day, cum, district) {
    const key = [day, cum, district || ""].join("|");
    if (key === window.__drawKey) return;
    window.__drawKey = key;
    window.__drawn = { day: day, cum: cum, district: district || null };
    const iso = data.dates[day];
    // The area chart's date marker waits for the map's frame: it is cheaper for the
    // chart than for the map to be a frame late.
    const markArea = () =>
      whenPlotted("area").then((gd) => {
        if (gd) Plotly.relayout(gd, { "shapes[0].x0": iso, "shapes[0].x1": iso });
      });
    const generation = (window.__renderGeneration = (window.__renderGeneration || 0) + 1);
    const latest = () => generation === window.__renderGeneration;
    if (window.__naiveMap) {
      markArea();
      return;
    }
    whenPlotted("map").then((gd) => {
      if (!gd || !latest()) return;
      applyDay(gd, data, day, cum, district)
        .then(() => markPainted(gd, gd.__sourcesChanged))
        .then(() => {
          window.__drawRetries = 0;
          if (latest()) window.__paintedDay = day;
        })
        .catch((err) => {
          // A map still settling its style (a slow or busy machine) can refuse an update
          // ("reading 'layers'"): draw the day again a moment later, a few times.
          const tries = (window.__drawRetries = (window.__drawRetries || 0) + 1);
          if (tries > 5 || !latest()) {
            console.error("map update failed:", err);
            return;
          }
          console.warn("map update retried:", err);
          setTimeout(() => {
            if (!latest()) return;
            window.__drawKey = null;
            drawDay(data, day, cum, district);
          }, 250 * tries);
        })
        .then(() => setTimeout(markArea, 0));
    });
  }

  // The step buttons (and the arrow keys, which press them) redraw the map at once;
  // the slider, panels and URL follow through Dash a moment later.
  document.addEventListener(
    "click",
    (e) => {
      const btn = e.target && e.target.closest && e.target.closest("#step-back, #step-forward");
      const data = window.__aleppoData;
      const drawn = window.__drawn;
      if (!btn || !data || !drawn || window.__naiveMap) return;
      const step = btn.id === "step-back" ? -1 : 1;
      const day = clampDay(data, drawn.day + step);
      if (day !== drawn.day) drawDay(data, day, drawn.cum, drawn.district);
    },
    true
  );

  // The map's own view buttons: zoom in and out about the middle, and back to the whole
  // city (the view fitted to the box, as on load).
  document.addEventListener("click", (e) => {
    const btn = e.target && e.target.closest && e.target.closest("#zoom-in, #zoom-out, #reset-view");
    if (!btn) return;
    const gd = plotDiv("map");
    const map = mapOf(gd);
    if (!map) return;
    if (btn.id === "zoom-in") map.zoomIn({ animate: false });
    else if (btn.id === "zoom-out") map.zoomOut({ animate: false });
    else fitMap(gd);
  });

  // Whether the day is playing. It changes at the moment the Play/Pause button is
  // clicked, before Dash learns of the click, and otherwise only when playback reaches
  // the last day; the interval's ticks only read it.
  const playback = { playing: false, clicks: 0 };
  document.addEventListener(
    "click",
    (e) => {
      if (!(e.target && e.target.closest && e.target.closest("#play"))) return;
      playback.clicks += 1;
      playback.playing = !playback.playing;
    },
    true
  );

  window.__aleppo = { applyDay: applyDay, whenPlotted: whenPlotted, markPainted: markPainted, playback: playback };

  window.dash_clientside = window.dash_clientside || {};
  window.dash_clientside.aleppo = {
      render: function (day, cumulative, district, data) {
        if (!data || !data.dates || !data.dates.length) {
          return [null, "Reports", "", ""];
        }
        day = clampDay(data, day);
        const cum = Array.isArray(cumulative) && cumulative.indexOf("on") >= 0;
        const iso = data.dates[day];
        window.__aleppoData = data;
        drawDay(data, day, cum, district);
        try {
          window.history.replaceState(null, "", shareLink(data, day, district));
        } catch (e) {
          /* a sandboxed frame may refuse; the copy-link button still works */
        }
        const displaced = data.displaced && data.displaced[day];
        const dispText = [
          displaced === null || displaced === undefined
            ? ""
            : "Displaced so far (best estimate from the articles): " + Math.round(displaced).toLocaleString("en-GB"),
          flowCount(data, day, cum),
        ]
          .filter((t) => t)
          .join(". ");
        return [
          evidencePanel(data, day, cum),
          (cum ? "Reports up to " : "Reports on ") + iso,
          formatDay(iso),
          dispText,
        ];
      },

      history: function (district, data) {
        const nu = window.dash_clientside.no_update;
        if (!data || !data.districts) return [nu, nu];
        const name = typeof district === "string" ? district : null;
        return [historyPanel(data, name), name ? {} : { display: "none" }];
      },

      // Clicking the selected district again deselects it.
      pick: function (clickData, current) {
        const p = clickData && clickData.points && clickData.points[0];
        const name = p && p.customdata && p.customdata[0];
        if (typeof name !== "string") return window.dash_clientside.no_update;
        if (name === current) return null;
        revealHistory();
        return name;
      },

      clearDistrict: function (n) {
        return n ? null : window.dash_clientside.no_update;
      },

      clearNotice: function (day, district, restored) {
        if (!restored) return window.dash_clientside.no_update;
        const same = day === restored.day && (district || null) === (restored.district || null);
        return same ? window.dash_clientside.no_update : null;
      },

      // Playback is on or off in ``playback`` alone (see above); every output here is
      // derived from it, so a tick that Dash runs after a Pause click cannot turn
      // playback back on, and the button's label always says what a click will do.
      step: function (back, forward, ticks, play, day, data) {
        const ctx = window.dash_clientside.callback_context;
        // Dash may hand one call several inputs that changed together (a tick and a click)
        const trig = new Set((ctx.triggered || []).map((t) => String(t.prop_id || "").split(".")[0]));
        const last = data && data.dates ? data.dates.length - 1 : 0;
        const cur = clampDay(data, day);
        const nu = window.dash_clientside.no_update;
        if (trig.has("play")) {
          // a click the listener did not see (a scripted n_clicks): toggle here instead
          if (Number.isInteger(play) && play > playback.clicks) {
            playback.clicks = play;
            playback.playing = !playback.playing;
          }
          const playing = playback.playing;
          return [playing && cur >= last ? 0 : nu, !playing, playing ? "Pause" : "Play"];
        }
        if (trig.has("step-back")) return [Math.max(0, cur - 1), nu, nu];
        if (trig.has("step-forward")) return [Math.min(last, cur + 1), nu, nu];
        if (trig.has("player")) {
          if (!playback.playing) return [nu, true, "Play"];
          if (cur >= last) {
            playback.playing = false;
            return [nu, true, "Play"];
          }
          const next = cur + 1;
          if (next >= last) {
            playback.playing = false;
            return [next, true, "Play"];
          }
          return [next, nu, nu];
        }
        return [nu, nu, nu];
      },

      speed: function (v) {
        return Number.isFinite(v) && v >= 50 ? v : window.dash_clientside.no_update;
      },

      rules: function (n, text) {
        if (!n || typeof text !== "string") return [window.dash_clientside.no_update, window.dash_clientside.no_update];
        return [{ type: "Markdown", namespace: "dash_core_components", props: { children: text } }, { display: "none" }];
      },

      copyLink: function (n, day, district, data) {
        if (!n || !data) return window.dash_clientside.no_update;
        const link = shareLink(data, day, district);
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(link).catch(() => {});
        }
        return link;
      },
  };

  // Arrow keys step the day from anywhere on the page, except inside form fields and
  // the slider itself (which handles its own arrows).
  document.addEventListener("keydown", (e) => {
    if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const t = e.target;
    if (t && t.closest && (t.closest("input, textarea, select, [role=slider], .dash-dropdown, .Select") || t.isContentEditable)) {
      return;
    }
    const btn = document.getElementById(e.key === "ArrowLeft" ? "step-back" : "step-forward");
    if (btn) {
      e.preventDefault();
      btn.click();
    }
  });
})();

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

  // Resolves once the graph has been drawn, so a redraw requested on load is not lost.
  function whenPlotted(id, timeoutMs) {
    return new Promise((resolve) => {
      const start = performance.now();
      (function poll() {
        const gd = plotDiv(id);
        if (gd) return resolve(gd);
        if (performance.now() - start > (timeoutMs || 20000)) return resolve(null);
        setTimeout(poll, 30);
      })();
    });
  }

  function markPainted() {
    requestAnimationFrame(() => {
      window.__mapPaintedAt = performance.now();
      window.__mapPaints = (window.__mapPaints || 0) + 1;
    });
  }

  function mapUpdate(data, day, cumulative) {
    const states = data.states[day] || [];
    const z = states.slice();
    const text = states.map((c) => data.cats[c].label);
    const traces = data.traces;
    const idx = [traces.districts];
    const upd = { z: [z], text: [text], lon: [null], lat: [null], visible: [true] };
    // Hatch: concatenate the precomputed segments of every district in that status.
    const hatchLon = [];
    const hatchLat = [];
    data.hatched.forEach((status) => {
      const lon = [];
      const lat = [];
      states.forEach((c, j) => {
        if (data.cats[c].status === status) {
          const seg = data.hatch[status][j];
          if (seg) {
            Array.prototype.push.apply(lon, seg[0]);
            Array.prototype.push.apply(lat, seg[1]);
          }
        }
      });
      hatchLon.push(lon.length ? lon : [null]);
      hatchLat.push(lat.length ? lat : [null]);
    });
    // Flows shown on this day (or up to it), and their label markers.
    const flowVisible = data.flows.map((f) => (cumulative ? f.d0 <= day : f.d0 <= day && day <= f.d1));
    const mLon = [];
    const mLat = [];
    const mText = [];
    const mHover = [];
    data.flows.forEach((f, i) => {
      if (flowVisible[i]) {
        mLon.push(f.lon);
        mLat.push(f.lat);
        mText.push(f.label);
        mHover.push(f.hover);
      }
    });
    return { upd, idx, hatchLon, hatchLat, flowVisible, mLon, mLat, mText, mHover };
  }

  function restyleMap(gd, data, day, cumulative) {
    const u = mapUpdate(data, day, cumulative);
    const t = data.traces;
    const hatchIdx = data.hatched.map((s) => t["hatch_" + s]);
    const flowIdx = data.flows.map((_, i) => data.firstFlow + i);
    const calls = [
      Plotly.restyle(gd, { z: [u.upd.z[0]], text: [u.upd.text[0]] }, [t.districts]),
      Plotly.restyle(gd, { lon: u.hatchLon, lat: u.hatchLat }, hatchIdx),
      Plotly.restyle(
        gd,
        {
          lon: [u.mLon.length ? u.mLon : [null]],
          lat: [u.mLat.length ? u.mLat : [null]],
          text: [u.mText.length ? u.mText : [""]],
          hovertext: [u.mHover.length ? u.mHover : [""]],
        },
        [t.flow_labels]
      ),
    ];
    if (flowIdx.length) {
      calls.push(Plotly.restyle(gd, { visible: u.flowVisible }, flowIdx));
    }
    return Promise.all(calls);
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
      { className: "event event-" + ev.type, key: ev.id },
      [
        el("Div", { className: "event-head" }, [
          el("Span", { className: "tag" }, ev.type.replace("_", " ")),
          " " + (ev.district || "") + " · " + when,
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
    return el("Ul", { className: "events" }, shown.map((ev) => eventItem(ev, data.dates)));
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

  function highlightRings(gd, district) {
    const lon = [];
    const lat = [];
    if (!district) return { lon: [null], lat: [null] };
    const gj = gd.data[0].geojson;
    const feat = gj.features.find((f) => f.id === district);
    if (!feat) return { lon: [null], lat: [null] };
    const polys = feat.geometry.type === "Polygon" ? [feat.geometry.coordinates] : feat.geometry.coordinates;
    polys.forEach((poly) =>
      poly.forEach((ring) => {
        ring.forEach((p) => {
          lon.push(p[0]);
          lat.push(p[1]);
        });
        lon.push(null);
        lat.push(null);
      })
    );
    return { lon: lon, lat: lat };
  }

  window.__aleppo = { restyleMap: restyleMap, whenPlotted: whenPlotted, markPainted: markPainted };

  window.dash_clientside = window.dash_clientside || {};
  window.dash_clientside.aleppo = {
      render: function (day, cumulative, district, data) {
        if (!data || !data.dates || !data.dates.length) {
          return [null, "Reports", "", ""];
        }
        day = clampDay(data, day);
        const cum = Array.isArray(cumulative) && cumulative.indexOf("on") >= 0;
        const iso = data.dates[day];
        if (!window.__naiveMap) {
          whenPlotted("map").then((gd) => {
            if (!gd) return;
            const r = highlightRings(gd, district);
            restyleMap(gd, data, day, cum)
              .then(() => Plotly.restyle(gd, { lon: [r.lon], lat: [r.lat] }, [data.traces.highlight]))
              .then(markPainted);
          });
        }
        whenPlotted("area").then((gd) => {
          if (gd) Plotly.relayout(gd, { "shapes[0].x0": iso, "shapes[0].x1": iso });
        });
        try {
          window.history.replaceState(null, "", shareLink(data, day, district));
        } catch (e) {
          /* a sandboxed frame may refuse; the copy-link button still works */
        }
        const displaced = data.displaced && data.displaced[day];
        const dispText =
          displaced === null || displaced === undefined
            ? ""
            : "Displaced so far (best estimate from the articles): " + Math.round(displaced).toLocaleString("en-GB");
        return [
          evidencePanel(data, day, cum),
          (cum ? "Reports up to " : "Reports on ") + iso,
          formatDay(iso),
          dispText,
        ];
      },

      pick: function (clickData, current) {
        const p = clickData && clickData.points && clickData.points[0];
        if (!p || typeof p.location !== "string") return window.dash_clientside.no_update;
        return p.location === current ? window.dash_clientside.no_update : p.location;
      },

      step: function (back, forward, ticks, play, day, data, stopped) {
        const ctx = window.dash_clientside.callback_context;
        const trig = (ctx.triggered && ctx.triggered[0] && ctx.triggered[0].prop_id) || "";
        const last = data && data.dates ? data.dates.length - 1 : 0;
        const cur = clampDay(data, day);
        const nu = window.dash_clientside.no_update;
        if (trig.startsWith("step-back")) return [Math.max(0, cur - 1), nu, nu];
        if (trig.startsWith("step-forward")) return [Math.min(last, cur + 1), nu, nu];
        if (trig.startsWith("play")) {
          if (stopped) {
            return [cur >= last ? 0 : nu, false, "Pause"];
          }
          return [nu, true, "Play"];
        }
        if (trig.startsWith("player")) {
          if (cur >= last) return [nu, true, "Play"];
          const next = cur + 1;
          return [next, next >= last, next >= last ? "Play" : "Pause"];
        }
        return [nu, nu, nu];
      },

      speed: function (v) {
        return Number.isFinite(v) && v >= 50 ? v : window.dash_clientside.no_update;
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

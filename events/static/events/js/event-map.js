/*
 * SmartEnCity Network: the small map of an event's venue.
 *
 * An enhancement only: without it (or without Leaflet) the section stays hidden and the
 * page still gives the venue and its address. Everything comes from data-attributes:
 * the point (data-lat, data-lng), the tile server (data-tile-url, data-tile-attribution)
 * and the translated labels.
 */
(function () {
  "use strict";

  var ZOOM = 15;

  function startMap(container) {
    var lat = parseFloat(container.getAttribute("data-lat"));
    var lng = parseFloat(container.getAttribute("data-lng"));
    if (!isFinite(lat) || !isFinite(lng)) {
      return;
    }
    var section = container.closest("[data-event-map-section]") || container;
    section.hidden = false;
    var reduceMotion =
      window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    var map;
    try {
      map = L.map(container, {
        zoomControl: false,
        scrollWheelZoom: false,
        zoomAnimation: !reduceMotion,
        fadeAnimation: !reduceMotion,
      }).setView([lat, lng], ZOOM);
      L.control
        .zoom({
          zoomInTitle: container.getAttribute("data-label-zoom-in") || "Zoom in",
          zoomOutTitle: container.getAttribute("data-label-zoom-out") || "Zoom out",
        })
        .addTo(map);
      var tileUrl = container.getAttribute("data-tile-url");
      if (tileUrl) {
        L.tileLayer(tileUrl, {
          attribution: container.getAttribute("data-tile-attribution") || "",
          maxZoom: 18,
        }).addTo(map);
      }
      L.marker([lat, lng], {
        title: container.getAttribute("data-label-venue") || "",
        keyboard: false,
        interactive: false,
        icon: L.divIcon({ className: "map-pin map-pin--member", html: "", iconSize: [20, 20] }),
      }).addTo(map);
    } catch (error) {
      section.hidden = true;
      throw error;
    }
  }

  function start() {
    if (typeof window.L !== "object" || typeof window.L.map !== "function") {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll(".event-map[data-lat]"), function (element) {
      try {
        startMap(element);
      } catch (error) {
        if (window.console) {
          window.console.warn("event map:", error);
        }
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

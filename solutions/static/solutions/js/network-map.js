/*
 * SmartEnCity Network: the network map, its filter and the small city maps.
 *
 * An enhancement only. Without this script (or when anything here fails) the page works as
 * served: the map stays hidden, the filter form submits normally and the list of cities
 * below it says everything the pins say.
 *
 * - #network-map: Leaflet map with clustered city pins (shape and colour by role) and yellow
 *   pins for the national networks, read from the GeoJSON in data-geojson-url.
 * - form[data-network-filter]: on a change, fetches the GeoJSON and the page's own HTML for
 *   the new query, redraws the pins, swaps the results section and updates the address bar.
 * - .city-map: a small map of one city from data-lat / data-lng.
 *
 * Plain ES5-style JavaScript, no framework, no external resources. Leaflet and
 * Leaflet.markercluster come from the site's static files and are loaded before this file.
 */
(function () {
  "use strict";

  var EUROPE = { center: [54, 15], zoom: 4 };

  function prefersReducedMotion() {
    return Boolean(
      window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches
    );
  }

  function leafletReady() {
    return typeof window.L === "object" && typeof window.L.map === "function";
  }

  /* An element with attributes and text, never HTML from data. */
  function make(tag, attributes, text) {
    var element = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      var value = attributes[name];
      if (value !== null && value !== undefined && value !== "") {
        element.setAttribute(name, value);
      }
    });
    if (text !== undefined && text !== null) {
      element.textContent = text;
    }
    return element;
  }

  /* Only http(s) addresses become links; a relative one is resolved against `base` (a
     solution's address is relative to its city's), else against this page. */
  function safeUrl(url, base) {
    if (typeof url !== "string" || !url) {
      return "";
    }
    try {
      var parsed = new URL(url, base ? new URL(base, window.location.href) : window.location.href);
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : "";
    } catch (error) {
      return "";
    }
  }

  function Labels(container) {
    this.container = container;
  }

  Labels.prototype.get = function (name, fallback) {
    var value = this.container.getAttribute("data-label-" + name);
    return value || fallback || "";
  };

  Labels.prototype.choice = function (kind, value) {
    var key = "data-" + kind + "-" + String(value || "").replace(/_/g, "");
    return this.container.getAttribute(key) || value || "";
  };

  /* The badge that says a city or a solution is written in another language than the page,
     as the list below the map shows it; null for the page's own language. */
  function languageMarker(labels, lang) {
    if (!lang || lang === document.documentElement.lang) {
      return null;
    }
    var marker = make("span", { class: "language-marker" });
    marker.appendChild(make("span", { class: "visually-hidden" }, labels.get("written-in") + " "));
    marker.appendChild(make("span", { lang: lang }, labels.choice("language", lang)));
    return marker;
  }

  function mapOptions() {
    var still = prefersReducedMotion();
    return {
      zoomControl: false,
      scrollWheelZoom: false, // the page scrolls; the buttons, keys and pinch zoom
      zoomAnimation: !still,
      fadeAnimation: !still,
      markerZoomAnimation: !still,
      inertia: !still,
      worldCopyJump: false,
    };
  }

  /* With reduced motion, every pan (a popup's autopan, a cluster's zoom) jumps. */
  function stillMoves(map) {
    if (!prefersReducedMotion()) {
      return;
    }
    ["panBy", "setView"].forEach(function (name) {
      var original = map[name];
      map[name] = function () {
        var args = Array.prototype.slice.call(arguments);
        var last = name === "panBy" ? 1 : 2;
        args[last] = L.extend({}, args[last], { animate: false });
        return original.apply(map, args);
      };
    });
  }

  function addBaseLayers(map, container, labels) {
    stillMoves(map);
    L.control
      .zoom({
        zoomInTitle: labels.get("zoom-in", "Zoom in"),
        zoomOutTitle: labels.get("zoom-out", "Zoom out"),
      })
      .addTo(map);
    var tileUrl = container.getAttribute("data-tile-url");
    if (tileUrl) {
      L.tileLayer(tileUrl, {
        attribution: container.getAttribute("data-tile-attribution") || "",
        maxZoom: 18,
      }).addTo(map);
    }
    // Leaflet names the popup's close button in English: use the page's language.
    map.on("popupopen", function (event) {
      var element = event.popup.getElement();
      var close = element && element.querySelector(".leaflet-popup-close-button");
      if (close) {
        close.setAttribute("aria-label", labels.get("close", "Close"));
        close.setAttribute("title", labels.get("close", "Close"));
      }
    });
  }

  function pinIcon(kind) {
    var network = kind === "network";
    var size = { lighthouse: 26, follower: 22, member: 20 }[kind] || 22;
    return L.divIcon({
      className: "map-pin map-pin--" + kind,
      html: "",
      iconSize: network ? [26, 26] : [size, size],
      // The network pin is a teardrop whose tip is its bottom corner.
      iconAnchor: network ? [13, 31] : [size / 2, size / 2],
      popupAnchor: network ? [0, -30] : [0, -size / 2],
    });
  }

  /* ---------------------------------------------------------------------------------------
   * The network map
   * ------------------------------------------------------------------------------------- */

  function NetworkMap(container) {
    this.container = container;
    this.labels = new Labels(container);
    this.section = container.closest("[data-network-map-section]") || container;
    this.lastMarker = null;
    this.hasFitted = false;

    // Shown before Leaflet measures the container; hidden again if the map cannot start.
    this.section.hidden = false;
    try {
      this.map = L.map(container, mapOptions());
      this.map.setView(EUROPE.center, EUROPE.zoom);
      addBaseLayers(this.map, container, this.labels);
    } catch (error) {
      this.section.hidden = true;
      throw error;
    }
    container.classList.add("is-ready");

    var labels = this.labels;
    this.cities =
      typeof L.markerClusterGroup === "function"
        ? L.markerClusterGroup({
            animate: !prefersReducedMotion(),
            animateAddingMarkers: false,
            showCoverageOnHover: false,
            spiderfyOnMaxZoom: true,
            maxClusterRadius: 45,
            iconCreateFunction: function (cluster) {
              var count = cluster.getChildCount();
              var size = count < 10 ? "small" : count < 50 ? "medium" : "large";
              var diameter = { small: 34, medium: 40, large: 46 }[size];
              var content = make("span", { class: "map-cluster__inner" });
              content.appendChild(make("span", { "aria-hidden": "true" }, String(count)));
              content.appendChild(
                make(
                  "span",
                  { class: "visually-hidden" },
                  labels.get("cluster", "Cities in this group") + ": " + count
                )
              );
              return L.divIcon({
                className: "map-cluster map-cluster--" + size,
                html: content,
                iconSize: [diameter, diameter],
              });
            },
          })
        : L.featureGroup();
    this.networks = L.featureGroup();
    this.bindClusterKeys();
    this.cities.addTo(this.map);
    this.networks.addTo(this.map);
    this.bindPopupFocus();
  }

  /* Enter on a group of cities does what a click does: zoom in, or fan the pins out. */
  NetworkMap.prototype.bindClusterKeys = function () {
    var self = this;
    if (typeof this.cities.getVisibleParent !== "function") {
      return;
    }
    this.container.addEventListener("keydown", function (event) {
      var target = event.target;
      if (event.key !== "Enter" || !target.classList || !target.classList.contains("map-cluster")) {
        return;
      }
      var found = null;
      self.cities.eachLayer(function (marker) {
        var parent = found ? null : self.cities.getVisibleParent(marker);
        if (parent && parent !== marker && parent.getElement && parent.getElement() === target) {
          found = parent;
        }
      });
      if (!found) {
        return;
      }
      event.preventDefault();
      if (self.map.getZoom() >= self.map.getMaxZoom()) {
        found.spiderfy();
      } else {
        found.zoomToBounds({ padding: [32, 32] });
      }
      self.container.focus();
    });
  };

  /* A keyboard user who opens a popup lands in it, and returns to the pin when it closes. */
  NetworkMap.prototype.bindPopupFocus = function () {
    var self = this;
    var openedByKey = false;
    this.container.addEventListener("keydown", function (event) {
      var target = event.target;
      var pin =
        target.classList &&
        target.classList.contains("leaflet-marker-icon") &&
        !target.classList.contains("map-cluster");
      if (event.key === "Enter" && pin) {
        openedByKey = true;
      } else if (
        event.key === "Escape" &&
        target.closest &&
        (target.closest(".leaflet-popup") || target.classList.contains("leaflet-marker-icon"))
      ) {
        self.map.closePopup();
      }
    });
    this.container.addEventListener("pointerdown", function () {
      openedByKey = false;
    });
    this.map.on("popupopen", function (event) {
      var source = event.popup._source;
      var icon = source && source.getElement ? source.getElement() : null;
      var byKey = openedByKey;
      openedByKey = false;
      self.lastMarker = icon;
      var element = event.popup.getElement();
      if (byKey && element) {
        var first = element.querySelector(".map-popup a[href]");
        if (first) {
          // After Leaflet has finished laying the popup out (it cannot take focus before).
          window.setTimeout(function () {
            if (document.body.contains(first)) {
              first.focus();
            }
          }, 0);
        }
      }
    });
    this.map.on("popupclose", function (event) {
      var element = event.popup.getElement();
      var icon = self.lastMarker;
      self.lastMarker = null;
      var focusWasInside =
        element && (element.contains(document.activeElement) || document.activeElement === document.body);
      if (icon && focusWasInside && document.body.contains(icon)) {
        icon.focus();
      }
    });
  };

  /* A city's solutions as {title, url, status}. The GeoJSON gives each one as an array whose
     columns its top-level "solutionFields" names; objects are read as well. */
  function solutionsOf(properties, fields) {
    var entries = Array.isArray(properties.solutions) ? properties.solutions : [];
    var column = {};
    (Array.isArray(fields) ? fields : ["title", "url", "status", "topics"]).forEach(function (name, index) {
      column[name] = index;
    });
    return entries.map(function (entry) {
      var read = Array.isArray(entry)
        ? function (name) {
            return entry[column[name]];
          }
        : function (name) {
            return entry ? entry[name] : undefined;
          };
      return {
        title: String(read("title") || ""),
        url: safeUrl(read("url"), properties.url),
        status: String(read("status") || ""),
        lang: typeof read("lang") === "string" ? read("lang") : properties.lang,
      };
    });
  }

  NetworkMap.prototype.cityPopup = function (properties, fields) {
    var labels = this.labels;
    var box = make("div", { class: "map-popup" });
    var title = make("p", { class: "map-popup__title" });
    var url = safeUrl(properties.url);
    var lang = properties.lang && properties.lang !== document.documentElement.lang ? properties.lang : null;
    if (url) {
      title.appendChild(make("a", { href: url, lang: lang, hreflang: lang }, properties.name));
    } else {
      title.appendChild(make("span", { lang: lang }, properties.name));
    }
    var cityMarker = languageMarker(labels, lang);
    if (cityMarker) {
      title.appendChild(document.createTextNode(" "));
      title.appendChild(cityMarker);
    }
    box.appendChild(title);
    box.appendChild(
      make(
        "p",
        { class: "map-popup__facts" },
        labels.choice("role", properties.role) +
          " · " +
          labels.get("stage", "Membership stage") +
          ": " +
          labels.choice("stage", properties.stage)
      )
    );
    var solutions = solutionsOf(properties, fields);
    if (solutions.length) {
      box.appendChild(make("p", { class: "map-popup__heading" }, labels.get("solutions", "Solutions")));
      var list = make("ul", { class: "map-popup__solutions" });
      solutions.forEach(function (solution) {
        var item = make("li");
        var other = solution.lang && solution.lang !== document.documentElement.lang ? solution.lang : null;
        item.appendChild(
          solution.url
            ? make("a", { href: solution.url, lang: other, hreflang: other }, solution.title)
            : make("span", { lang: other }, solution.title)
        );
        var solutionMarker = languageMarker(labels, other);
        if (solutionMarker) {
          item.appendChild(document.createTextNode(" "));
          item.appendChild(solutionMarker);
        }
        item.appendChild(document.createTextNode(" "));
        item.appendChild(
          make(
            "span",
            { class: "solution-status solution-status--" + solution.status },
            labels.choice("status", solution.status)
          )
        );
        list.appendChild(item);
      });
      box.appendChild(list);
    } else {
      box.appendChild(make("p", { class: "map-popup__empty" }, labels.get("no-solutions")));
    }
    return box;
  };

  NetworkMap.prototype.networkPopup = function (properties) {
    var labels = this.labels;
    var box = make("div", { class: "map-popup" });
    box.appendChild(make("p", { class: "map-popup__title" }, properties.name));
    box.appendChild(make("p", { class: "map-popup__facts" }, labels.get("network", "National network")));
    var url = safeUrl(properties.url);
    if (url) {
      var paragraph = make("p");
      paragraph.appendChild(make("a", { href: url }, labels.get("visit-network", "Visit its site")));
      box.appendChild(paragraph);
    }
    return box;
  };

  NetworkMap.prototype.show = function (data) {
    var self = this;
    var cityMarkers = [];
    var networkMarkers = [];
    var features = data && Array.isArray(data.features) ? data.features : [];
    var fields = data && data.solutionFields;
    features.forEach(function (feature) {
      var geometry = feature && feature.geometry;
      var properties = (feature && feature.properties) || {};
      if (!geometry || geometry.type !== "Point" || !Array.isArray(geometry.coordinates)) {
        return;
      }
      var latLng = L.latLng(geometry.coordinates[1], geometry.coordinates[0]);
      if (properties.kind === "network") {
        var network = L.marker(latLng, {
          icon: pinIcon("network"),
          title: properties.name + " (" + self.labels.get("network", "National network") + ")",
          keyboard: true,
          riseOnHover: true,
          zIndexOffset: 1000,
        });
        // Popups are built when opened: the whole network is hundreds of pins.
        network.bindPopup(
          function () {
            return self.networkPopup(properties);
          },
          { autoPanPadding: [24, 24] }
        );
        networkMarkers.push(network);
      } else if (properties.kind === "city") {
        var role = ["lighthouse", "follower", "member"].indexOf(properties.role) >= 0 ? properties.role : "member";
        var city = L.marker(latLng, {
          icon: pinIcon(role),
          title: properties.name + " (" + self.labels.choice("role", role) + ")",
          keyboard: true,
          riseOnHover: true,
          zIndexOffset: role === "lighthouse" ? 300 : role === "follower" ? 200 : 0,
        });
        city.bindPopup(
          function () {
            return self.cityPopup(properties, fields);
          },
          { maxHeight: 320, maxWidth: 320, autoPanPadding: [24, 24] }
        );
        cityMarkers.push(city);
      }
    });

    this.map.closePopup();
    this.cities.clearLayers();
    this.networks.clearLayers();
    // Move the view first, so the groups are worked out once, at the final zoom.
    this.fit(cityMarkers.length ? cityMarkers : networkMarkers);
    if (typeof this.cities.addLayers === "function") {
      this.cities.addLayers(cityMarkers);
    } else {
      cityMarkers.forEach(function (marker) {
        self.cities.addLayer(marker);
      });
    }
    networkMarkers.forEach(function (marker) {
      self.networks.addLayer(marker);
    });
  };

  NetworkMap.prototype.fit = function (markers) {
    var bounds = L.latLngBounds(
      markers.map(function (marker) {
        return marker.getLatLng();
      })
    );
    var still = prefersReducedMotion() || !this.hasFitted;
    this.hasFitted = true;
    if (markers.length && bounds.isValid()) {
      this.map.fitBounds(bounds, { padding: [32, 32], maxZoom: 9, animate: !still });
    } else {
      this.map.setView(EUROPE.center, EUROPE.zoom, { animate: !still });
    }
  };

  NetworkMap.prototype.load = function (url) {
    var self = this;
    return fetchChecked(url, "application/geo+json, application/json").then(function (response) {
      return response.json().then(function (data) {
        self.show(data);
        self.container.setAttribute("data-geojson-url", url);
      });
    });
  };

  /* ---------------------------------------------------------------------------------------
   * The filter: fetch the pins and the list for the new query, without a page load
   * ------------------------------------------------------------------------------------- */

  function fetchChecked(url, accept, signal) {
    return window
      .fetch(url, {
        credentials: "same-origin",
        headers: { Accept: accept },
        signal: signal,
      })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status + " for " + url);
        }
        return response;
      });
  }

  function withQuery(base, query) {
    return query ? base + "?" + query : base;
  }

  function queryOf(form) {
    var params = new URLSearchParams();
    Array.prototype.forEach.call(form.elements, function (field) {
      if (field.name && field.type === "checkbox" && field.checked) {
        params.append(field.name, field.value);
      }
    });
    return params.toString();
  }

  function setFormFrom(form, search) {
    var params = new URLSearchParams(search);
    Array.prototype.forEach.call(form.elements, function (field) {
      if (field.name && field.type === "checkbox") {
        field.checked = params.getAll(field.name).indexOf(field.value) >= 0;
      }
    });
  }

  function NetworkFilter(form, getMap) {
    this.form = form;
    this.getMap = getMap; // null until the map has started, and again if it failed
    this.pageUrl = form.getAttribute("action") || window.location.pathname;
    var container = document.getElementById("network-map");
    this.geojsonBase = container ? container.getAttribute("data-geojson-base") : "";
    this.status = document.querySelector("[data-network-status]");
    this.controller = null;
    this.request = 0;
    this.shown = window.location.search.replace(/^\?/, "");
    this.bind();
  }

  NetworkFilter.prototype.bind = function () {
    var self = this;
    this.form.addEventListener("change", function (event) {
      if (event.target && event.target.type === "checkbox") {
        self.update(queryOf(self.form), { push: true });
      }
    });
    this.form.addEventListener("submit", function (event) {
      event.preventDefault();
      self.update(queryOf(self.form), { push: true, fallback: "submit" });
    });
    // "Clear the filter" and the pagination links, also inside the swapped results.
    document.addEventListener("click", function (event) {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
        return;
      }
      var link = event.target.closest && event.target.closest("a[data-network-clear], #network-results .pagination a[href]");
      if (!link) {
        return;
      }
      event.preventDefault();
      if (link.hasAttribute("data-network-clear")) {
        setFormFrom(self.form, "");
        self.update("", { push: true });
      } else {
        var search = new URL(link.href, window.location.href).search.replace(/^\?/, "");
        self.update(search, { push: true, focusResults: true });
      }
    });
    window.addEventListener("popstate", function () {
      var search = window.location.search.replace(/^\?/, "");
      if (search === self.shown) {
        return; // only the #fragment changed, say after the skip link
      }
      setFormFrom(self.form, search);
      self.update(search, { push: false, fallback: "reload" });
    });
  };

  NetworkFilter.prototype.update = function (search, options) {
    var self = this;
    var number = ++this.request;
    if (this.controller) {
      this.controller.abort();
    }
    this.controller = typeof AbortController === "function" ? new AbortController() : null;
    var signal = this.controller ? this.controller.signal : undefined;
    var pageUrl = withQuery(this.pageUrl, search);
    var results = document.getElementById("network-results");
    if (results) {
      results.setAttribute("aria-busy", "true");
    }

    var page = fetchChecked(pageUrl, "text/html", signal).then(function (response) {
      return response.text();
    });
    var networkMap = this.getMap();
    var pins = Promise.resolve(null);
    if (networkMap && this.geojsonBase) {
      // From the form, which holds only known values: the GeoJSON refuses unknown ones.
      var geojsonUrl = withQuery(this.geojsonBase, queryOf(this.form));
      pins = fetchChecked(geojsonUrl, "application/geo+json, application/json", signal)
        .then(function (response) {
          return response.json();
        })
        .then(function (data) {
          return { url: geojsonUrl, data: data };
        })
        .catch(function (error) {
          if (error && error.name === "AbortError") {
            throw error;
          }
          return { failed: true }; // the list can still be updated
        });
    }

    return Promise.all([page, pins])
      .then(function (loaded) {
        if (number !== self.request) {
          return; // a newer change won
        }
        self.swapResults(loaded[0], Boolean(options.focusResults));
        self.shown = search;
        if (loaded[1]) {
          var failed = Boolean(loaded[1].failed);
          if (!failed) {
            try {
              networkMap.show(loaded[1].data);
              networkMap.container.setAttribute("data-geojson-url", loaded[1].url);
            } catch (error) {
              failed = true;
              if (window.console) {
                window.console.warn("network map:", error);
              }
            }
          }
          // The list is right either way; say so when the pins could not follow.
          var notice = document.querySelector("[data-network-map-error]");
          if (notice) {
            notice.hidden = !failed;
          }
        }
        self.updateAlternate(queryOf(self.form));
        if (options.push) {
          window.history.pushState({ networkMap: true }, "", pageUrl);
        }
      })
      .catch(function (error) {
        if (error && error.name === "AbortError") {
          return;
        }
        if (number !== self.request) {
          return;
        }
        // Fall back to what the page does without JavaScript.
        if (options.fallback === "reload") {
          window.location.reload();
        } else {
          window.location.assign(pageUrl);
        }
      });
  };

  NetworkFilter.prototype.swapResults = function (html, focusResults) {
    var parsed = new DOMParser().parseFromString(html, "text/html");
    var fresh = parsed.getElementById("network-results");
    var current = document.getElementById("network-results");
    if (!fresh || !current) {
      throw new Error("The response has no results section.");
    }
    // A link inside the old list (a page number, "clear the filter") had the focus: keep
    // the keyboard user in the list by moving it to the new heading.
    var hadFocus = current.contains(document.activeElement);
    current.replaceWith(document.importNode(fresh, true));
    if (hadFocus || focusResults) {
      var heading = document.getElementById("network-results-heading");
      if (heading) {
        heading.setAttribute("tabindex", "-1");
        heading.focus();
      }
    }
    var count = document.querySelector("[data-network-count]");
    if (this.status && count) {
      // Announced once by the persistent live region, outside the swapped section.
      this.status.textContent = count.textContent.trim();
    }
  };

  NetworkFilter.prototype.updateAlternate = function (query) {
    var link = document.querySelector("link[data-network-geojson]");
    if (link && this.geojsonBase) {
      link.setAttribute("href", withQuery(this.geojsonBase, query));
    }
  };

  /* ---------------------------------------------------------------------------------------
   * A city's small map
   * ------------------------------------------------------------------------------------- */

  function startCityMap(container) {
    var lat = parseFloat(container.getAttribute("data-lat"));
    var lng = parseFloat(container.getAttribute("data-lng"));
    if (!isFinite(lat) || !isFinite(lng)) {
      return;
    }
    var labels = new Labels(container);
    var wrapper = container.closest("[data-city-map-section]") || container;
    wrapper.hidden = false;
    var map;
    try {
      map = L.map(container, mapOptions()).setView([lat, lng], 11);
      addBaseLayers(map, container, labels);
    } catch (error) {
      wrapper.hidden = true;
      throw error;
    }
    var role = container.getAttribute("data-role") || "member";
    L.marker([lat, lng], {
      icon: pinIcon(role),
      title: container.getAttribute("data-label-city") || "",
      keyboard: false,
      interactive: false,
    }).addTo(map);
    container.classList.add("is-ready");
  }

  /* ---------------------------------------------------------------------------------------
   * Start
   * ------------------------------------------------------------------------------------- */

  function start() {
    var networkMap = null;
    var container = document.getElementById("network-map");
    if (container && leafletReady()) {
      try {
        networkMap = new NetworkMap(container);
        var initial = container.getAttribute("data-geojson-url");
        networkMap.load(initial).catch(function (error) {
          // No pins to show: hide the map again rather than leave an empty one.
          networkMap.section.hidden = true;
          networkMap = null;
          if (window.console) {
            window.console.warn("network map:", error);
          }
        });
      } catch (error) {
        networkMap = null;
        if (window.console) {
          window.console.warn("network map:", error);
        }
      }
    }

    var form = document.querySelector("form[data-network-filter]");
    if (
      form &&
      typeof window.fetch === "function" &&
      typeof window.DOMParser === "function" &&
      typeof window.URLSearchParams === "function" &&
      window.history &&
      typeof window.history.pushState === "function"
    ) {
      window.history.replaceState({ networkMap: true }, "", window.location.href);
      // The map is read when needed: one whose first load failed is skipped.
      new NetworkFilter(form, function () {
        return networkMap;
      });
    }

    if (leafletReady()) {
      Array.prototype.forEach.call(document.querySelectorAll(".city-map[data-lat]"), function (element) {
        try {
          startCityMap(element);
        } catch (error) {
          if (window.console) {
            window.console.warn("city map:", error);
          }
        }
      });
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

/*
 * SmartEnCity Network: an event's time in the reader's own time zone.
 *
 * An enhancement only. The page says when the event happens in the event's own zone; where
 * the browser's zone differs, this adds "Your time: …" below, read from the UTC instants in
 * the <time datetime> attributes of [data-event-time]. The label comes translated in
 * data-label-yours; the date is written by the browser in the page's language.
 */
(function () {
  "use strict";

  function browserZone() {
    try {
      return Intl.DateTimeFormat().resolvedOptions().timeZone || "";
    } catch (error) {
      return "";
    }
  }

  function addYourTime(container) {
    var times = container.querySelectorAll("time[datetime]");
    if (times.length < 2 || container.getAttribute("data-zone") === browserZone()) {
      return;
    }
    var start = new Date(times[0].getAttribute("datetime"));
    var end = new Date(times[1].getAttribute("datetime"));
    if (isNaN(start.getTime()) || isNaN(end.getTime())) {
      return;
    }
    var language = document.documentElement.lang || undefined;
    // Explicit parts: dateStyle and timeStyle cannot be combined with the zone's name.
    var clockParts = { hour: "2-digit", minute: "2-digit", timeZoneName: "short" };
    var full = new Intl.DateTimeFormat(language, {
      year: "numeric",
      month: "long",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
    });
    var clock = new Intl.DateTimeFormat(language, clockParts);
    var fullWithZone = new Intl.DateTimeFormat(
      language,
      Object.assign({ year: "numeric", month: "long", day: "numeric" }, clockParts)
    );
    var sameDay = start.toDateString() === end.toDateString();
    var text = full.format(start) + "–" + (sameDay ? clock.format(end) : fullWithZone.format(end));
    var line = document.createElement("span");
    line.className = "event-time__yours";
    line.textContent = (container.getAttribute("data-label-yours") || "") + " " + text;
    container.parentNode.insertBefore(line, container.nextSibling);
  }

  function start() {
    if (typeof Intl !== "object" || typeof Intl.DateTimeFormat !== "function") {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll("[data-event-time]"), function (element) {
      try {
        addYourTime(element);
      } catch (error) {
        if (window.console) {
          window.console.warn("event time:", error);
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

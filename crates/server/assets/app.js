// goalline: progressive enhancement only; every page works without this file.
(function () {
  "use strict";
  // "/" focuses the search box, as on many sites.
  document.addEventListener("keydown", function (e) {
    var t = e.target && e.target.tagName;
    if (e.key === "/" && t !== "INPUT" && t !== "TEXTAREA") {
      var q = document.querySelector("input[name=q]");
      if (q) { e.preventDefault(); q.focus(); }
    }
  });
  // Live character count under the article box.
  var area = document.getElementById("article");
  var count = document.getElementById("article-count");
  if (area && count) {
    var update = function () { count.textContent = area.value.length.toLocaleString("en") + " characters"; };
    area.addEventListener("input", update);
    update();
  }
  // Check page: a click on a highlighted passage opens its claim (explanation, correct value,
  // coverage, evidence) and marks the passages of that claim; without JS the link jumps there.
  var marks = document.querySelectorAll("a.mark[data-claim]");
  var clear = function () {
    document.querySelectorAll(".active").forEach(function (el) { el.classList.remove("active"); });
  };
  var activate = function (id, scroll) {
    var d = document.getElementById("claim-" + id);
    if (!d) { return; }
    clear();
    d.open = true;
    d.classList.add("active");
    marks.forEach(function (m) {
      if ((" " + m.getAttribute("data-claims") + " ").indexOf(" " + id + " ") >= 0) { m.classList.add("active"); }
    });
    if (scroll) { d.scrollIntoView({ block: "nearest" }); }
  };
  marks.forEach(function (m) {
    m.addEventListener("click", function (e) {
      e.preventDefault();
      activate(m.getAttribute("data-claim"), true);
      if (history.replaceState) { history.replaceState(null, "", "#claim-" + m.getAttribute("data-claim")); }
    });
  });
  document.querySelectorAll("details.claim").forEach(function (d) {
    d.addEventListener("toggle", function () {
      if (d.open) { activate(d.getAttribute("data-claim"), false); }
    });
  });
  if (location.hash.indexOf("#claim-") === 0) { activate(location.hash.slice(7), true); }
})();

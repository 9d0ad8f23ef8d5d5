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
})();

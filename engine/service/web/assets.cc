// The one stylesheet and the one script of the workspace, served from memory so that the
// binary needs no files beside it and the pages need nothing from elsewhere.
#include "page.h"

namespace eligo::web {

std::string_view stylesheet() {
    return R"css(:root { --ink: #1b1b1b; --muted: #505a5f; --line: #b1b4b6; --accent: #1d4f91;
  --met: #00703c; --notmet: #b3261e; --unknown: #7a4d00; --bg: #ffffff; --band: #f3f2f1; }
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: var(--ink); background: var(--bg); }
a { color: var(--accent); }
a:focus, button:focus, input:focus, select:focus, textarea:focus, summary:focus, main:focus-visible {
  outline: 3px solid #ffbf47; outline-offset: 2px; }
.skip { position: absolute; left: -999em; }
.skip:focus { position: static; display: inline-block; padding: .25rem .5rem; background: #ffbf47; }
header.site { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.5rem;
  padding: .5rem 1rem; background: var(--accent); color: #fff; }
header.site a { color: #fff; }
.brand { margin: 0; font-weight: 700; }
header.site nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: 0; padding: 0; list-style: none; }
header.site [aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
.signout { margin-left: auto; display: flex; align-items: center; gap: .5rem; }
main { display: block; max-width: 72rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.75rem; margin: .5rem 0 1rem; }
h2 { font-size: 1.35rem; margin: 1.5rem 0 .5rem; }
h3 { font-size: 1.1rem; margin: 1rem 0 .5rem; }
label { display: block; font-weight: 600; margin: .5rem 0 .25rem; }
input, select, textarea, button { font: inherit; }
input[type=text], input[type=password], input[type=date], input[type=search], select, textarea {
  max-width: 100%; padding: .35rem; border: 2px solid var(--ink); border-radius: 0; }
textarea { width: 32rem; min-height: 4rem; }
button, .button { display: inline-block; padding: .4rem .9rem; border: 2px solid var(--accent);
  background: var(--accent); color: #fff; cursor: pointer; text-decoration: none; }
button.secondary { background: #fff; color: var(--accent); }
header.site button { background: #fff; color: var(--accent); border-color: #fff; }
fieldset { border: 1px solid var(--line); margin: .75rem 0; padding: .5rem 1rem 1rem; }
legend { font-weight: 600; padding: 0 .25rem; }
fieldset.choice label { display: inline-block; font-weight: 400; margin-right: 1rem; }
.row { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: flex-end; }
.notice { border-left: 6px solid var(--accent); background: var(--band); padding: .5rem 1rem; }
.error { border-left: 6px solid var(--notmet); background: #fbeae9; padding: .5rem 1rem; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--line); }
thead th { border-bottom: 2px solid var(--ink); white-space: nowrap; }
th button.sort { all: unset; cursor: pointer; text-decoration: underline; }
th button.sort:focus { outline: 3px solid #ffbf47; }
.met { color: var(--met); font-weight: 600; }
.not_met { color: var(--notmet); font-weight: 600; }
.unknown { color: var(--unknown); font-weight: 600; }
ol.ladder { display: flex; flex-wrap: wrap; gap: .5rem; padding: 0; list-style: none; }
ol.ladder li { border: 2px solid var(--line); padding: .5rem .75rem; min-width: 10rem; }
ol.ladder li.eligible { border-color: var(--met); }
ol.ladder li.recorded { background: var(--band); }
ul.checklist { list-style: none; padding: 0; }
ul.checklist li { padding: .25rem 0 .25rem 1.75rem; position: relative; }
ul.checklist li::before { content: "\2610"; position: absolute; left: 0; font-size: 1.2rem; line-height: 1.2; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.muted { color: var(--muted); }
pre.output { white-space: pre-wrap; background: var(--band); padding: .75rem; overflow-x: auto; }
svg.chart { max-width: 100%; height: auto; }
svg.chart .bar { fill: var(--accent); }
svg.chart text { font: 14px system-ui, sans-serif; fill: var(--ink); }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem; padding: 0; list-style: none; }
.cards li { border: 1px solid var(--line); padding: .75rem 1rem; }
.cards h2 { font-size: 1.1rem; margin: .25rem 0; }
@media (max-width: 40rem) {
  .signout { margin-left: 0; }
  textarea { width: 100%; }
  dl.facts { grid-template-columns: 1fr; }
}
@media print {
  header.site, form, .noprint, .skip { display: none !important; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  body { font-size: 11pt; }
  table { page-break-inside: auto; }
  tr { page-break-inside: avoid; }
  h2 { page-break-after: avoid; }
}
)css";
}

std::string_view page_script() {
    return R"js(// The pages' small enhancements; without script every page works the same.
"use strict";

// Sorting for tables marked data-sortable: a button in each heading, sorting by that
// column; numbers and ISO dates compare as such.
document.querySelectorAll("table[data-sortable]").forEach(function (table) {
  var heads = table.querySelectorAll("thead th");
  heads.forEach(function (th, column) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    button.textContent = th.textContent;
    th.textContent = "";
    th.appendChild(button);
    th.setAttribute("aria-sort", "none");
    button.addEventListener("click", function () {
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      heads.forEach(function (other) { other.setAttribute("aria-sort", "none"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[column].textContent.trim(), y = b.cells[column].textContent.trim();
        var nx = Number(x), ny = Number(y);
        var c = (x !== "" && y !== "" && !isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, "en-GB");
        return ascending ? c : -c;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});

// Forms marked data-progress send their file in the background and show how much is sent in
// the form's <progress>; the answer then replaces the page, as a plain submit would.
document.querySelectorAll("form[data-progress]").forEach(function (form) {
  var bar = form.querySelector("progress");
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var request = new XMLHttpRequest();
    request.open("POST", form.action);
    bar.hidden = false;
    request.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) { bar.max = e.total; bar.value = e.loaded; }
    });
    request.addEventListener("load", function () {
      if (request.responseURL && request.responseURL !== form.action) {
        window.location.assign(request.responseURL);
        return;
      }
      document.open();
      document.write(request.responseText);
      document.close();
    });
    request.addEventListener("error", function () { form.submit(); });
    request.send(new FormData(form));
  });
});
)js";
}

}  // namespace eligo::web

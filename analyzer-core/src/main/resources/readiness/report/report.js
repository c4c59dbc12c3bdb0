// Findings browser of the Repo Readiness audit report: filters and pages over the embedded data block.
(function () {
  "use strict";
  var PAGE_SIZE = 50;
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var state = { category: "", rule: "", level: "", status: "active", path: "", page: 0 };
  var ids = ["category", "rule", "level", "status", "path"];
  var control = {};
  ids.forEach(function (id) { control[id] = document.getElementById("filter-" + id); });
  var body = document.querySelector("#findings-table tbody");
  var count = document.getElementById("finding-count");
  var pageInfo = document.getElementById("page-info");
  var prev = document.getElementById("page-prev");
  var next = document.getElementById("page-next");
  var number = new Intl.NumberFormat("en");

  function categoryOf(finding) {
    var rule = data.rules[finding.r];
    return rule ? rule.c : finding.r.split("/")[0];
  }

  function matches(finding, path) {
    if (state.status === "suppressed" ? !finding.x : finding.x) { return false; }
    if (state.status === "new" && finding.s !== "new") { return false; }
    if (state.level && finding.l !== state.level) { return false; }
    if (state.rule && finding.r !== state.rule) { return false; }
    if (state.category && categoryOf(finding) !== state.category) { return false; }
    return !path || finding.p.toLowerCase().indexOf(path) >= 0;
  }

  function cell(row, text, className) {
    var td = document.createElement("td");
    if (className) { td.className = className; }
    td.textContent = text;
    row.appendChild(td);
    return td;
  }

  function row(finding) {
    var tr = document.createElement("tr");
    tr.className = "finding " + finding.l;
    var level = cell(tr, "");
    var badge = document.createElement("span");
    badge.className = "badge " + finding.l;
    badge.textContent = finding.l;
    level.appendChild(badge);
    if (finding.s === "new") {
      var fresh = document.createElement("span");
      fresh.className = "badge new";
      fresh.textContent = "new";
      level.appendChild(fresh);
    }
    var rule = cell(tr, "");
    var code = document.createElement("code");
    code.textContent = finding.r;
    rule.appendChild(code);
    var title = data.rules[finding.r];
    if (title) { rule.appendChild(document.createElement("br")); rule.appendChild(document.createTextNode(title.t)); }
    var message = cell(tr, finding.m, "message");
    if (finding.g > 0) {
      var gain = document.createElement("span");
      gain.className = "gain";
      gain.textContent = " (+" + finding.g.toFixed(1) + " points)";
      message.appendChild(gain);
    }
    location(cell(tr, "", "location"), finding.p, finding.n);
    return tr;
  }

  // The directories may break after any slash; "File.java:17" never breaks inside.
  function location(td, path, line) {
    var slash = path.lastIndexOf("/") + 1;
    path.substring(0, slash).split("/").forEach(function (part, index, parts) {
      if (index === parts.length - 1) { return; }
      td.appendChild(document.createTextNode(part + "/"));
      td.appendChild(document.createElement("wbr"));
    });
    var file = document.createElement("span");
    file.className = "file";
    file.textContent = path.substring(slash) + (line > 0 ? ":" + line : "");
    td.appendChild(file);
  }

  function render() {
    var path = state.path.trim().toLowerCase();
    var shown = data.findings.filter(function (finding) { return matches(finding, path); });
    var pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
    state.page = Math.min(state.page, pages - 1);
    var from = state.page * PAGE_SIZE;
    var fragment = document.createDocumentFragment();
    shown.slice(from, from + PAGE_SIZE).forEach(function (finding) { fragment.appendChild(row(finding)); });
    body.replaceChildren(fragment);
    count.textContent = shown.length === 0 ? "No findings match these filters."
      : "Showing " + number.format(from + 1) + "–" + number.format(Math.min(from + PAGE_SIZE, shown.length))
        + " of " + number.format(shown.length) + " findings";
    count.setAttribute("data-count", String(shown.length));
    pageInfo.textContent = "page " + (state.page + 1) + " of " + pages;
    prev.disabled = state.page === 0;
    next.disabled = state.page >= pages - 1;
  }

  function update(changes) {
    Object.keys(changes).forEach(function (key) { state[key] = changes[key]; });
    ids.forEach(function (id) { control[id].value = state[id]; });
    state.page = changes.page || 0;
    render();
  }

  ids.forEach(function (id) {
    control[id].addEventListener(id === "path" ? "input" : "change", function () {
      var change = {};
      change[id] = control[id].value;
      update(change);
    });
  });
  document.getElementById("filter-reset").addEventListener("click", function () {
    update({ category: "", rule: "", level: "", status: "active", path: "" });
  });
  prev.addEventListener("click", function () { update({ page: state.page - 1 }); });
  next.addEventListener("click", function () { update({ page: state.page + 1 }); });

  function showFindings(changes) {
    update(Object.assign({ category: "", rule: "", level: "", status: "active", path: "" }, changes));
    document.getElementById("findings").scrollIntoView();
  }
  document.querySelectorAll("[data-path]").forEach(function (element) {
    function open() { showFindings({ path: element.getAttribute("data-path") }); }
    element.addEventListener("click", open);
    element.addEventListener("keydown", function (event) { if (event.key === "Enter") { open(); } });
  });
  document.querySelectorAll("button.show-rule").forEach(function (button) {
    button.addEventListener("click", function () { showFindings({ rule: button.getAttribute("data-rule") }); });
  });
  render();
})();

// Sortable tables: a click on a heading with data-sort sorts by that column's data-value; a second click reverses.
(function () {
  "use strict";
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var headings = table.querySelectorAll("th[data-sort]");
    headings.forEach(function (heading, column) {
      heading.tabIndex = 0;
      function sort() {
        var ascending = heading.getAttribute("aria-sort") !== "ascending";
        headings.forEach(function (other) { other.removeAttribute("aria-sort"); });
        heading.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var numeric = heading.getAttribute("data-sort") === "number";
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column].getAttribute("data-value");
          var y = b.cells[column].getAttribute("data-value");
          var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      }
      heading.addEventListener("click", sort);
      heading.addEventListener("keydown", function (event) { if (event.key === "Enter") { sort(); } });
    });
  });
})();

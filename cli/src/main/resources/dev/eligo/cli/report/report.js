// Sorts the patient table by the column whose heading was selected (again to reverse), and
// shows or hides explanations. Without this script every explanation is shown.
(function () {
  document.documentElement.classList.add("js");
  var table = document.getElementById("patients");
  if (table) {
    var headings = table.tHead.rows[0].cells;
    var key = function (row, column) {
      var cell = row.cells[column];
      return cell.hasAttribute("data-sort-key") ? cell.getAttribute("data-sort-key") : cell.textContent.trim();
    };
    var sortBy = function (column) {
      var ascending = headings[column].getAttribute("aria-sort") !== "ascending";
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = key(a, column), y = key(b, column);
        var order = (isNaN(x) || isNaN(y)) ? x.localeCompare(y, "en", { numeric: true }) : x - y;
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
      for (var i = 0; i < headings.length; i++) { headings[i].setAttribute("aria-sort", "none"); }
      headings[column].setAttribute("aria-sort", ascending ? "ascending" : "descending");
    };
    for (var i = 0; i < headings.length; i++) {
      headings[i].querySelector("button").addEventListener("click", sortBy.bind(null, i));
    }
  }
  var show = function (button, open) {
    var explanation = document.getElementById(button.getAttribute("aria-controls"));
    button.setAttribute("aria-expanded", open ? "true" : "false");
    explanation.classList.toggle("open", open);
  };
  var toggles = document.querySelectorAll("button.toggle");
  Array.prototype.forEach.call(toggles, function (button) {
    button.addEventListener("click", function () { show(button, button.getAttribute("aria-expanded") !== "true"); });
  });
  var all = function (open) { Array.prototype.forEach.call(toggles, function (b) { show(b, open); }); };
  var expand = document.getElementById("expand-all");
  var collapse = document.getElementById("collapse-all");
  if (expand) { expand.addEventListener("click", function () { all(true); }); }
  if (collapse) { collapse.addEventListener("click", function () { all(false); }); }
})();

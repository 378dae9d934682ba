// Sorts the patient table by the column whose heading was selected; again to reverse.
(function () {
  var table = document.getElementById("patients");
  if (!table) { return; }
  var headings = table.tHead.rows[0].cells;
  function key(row, column) {
    var cell = row.cells[column];
    return cell.hasAttribute("data-sort-key") ? cell.getAttribute("data-sort-key") : cell.textContent.trim();
  }
  function sortBy(column) {
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
  }
  for (var i = 0; i < headings.length; i++) {
    headings[i].querySelector("button").addEventListener("click", sortBy.bind(null, i));
  }
})();

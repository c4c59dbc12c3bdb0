// Sorts the repository table by the column whose header button was clicked; a second click reverses the order.
// Cells sort by their data-value when they have one (numbers for number columns), else by their text; a cell
// without a value (not measured) stays at the bottom either way, and ties keep the page's order.
(function () {
  'use strict';
  var table = document.getElementById('repository-table');
  if (!table) {
    return;
  }
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var body = table.tBodies[0];

  function value(row, column, numeric) {
    var cell = row.cells[column];
    var raw = cell.hasAttribute('data-value') ? cell.getAttribute('data-value') : cell.textContent.trim();
    if (raw === '') {
      return null;
    }
    return numeric ? parseFloat(raw) : raw;
  }

  function pageOrder(left, right) {
    return Number(left.getAttribute('data-order')) - Number(right.getAttribute('data-order'));
  }

  function sortBy(column) {
    var header = headers[column];
    var numeric = header.getAttribute('data-type') === 'number';
    var ascending = header.getAttribute('aria-sort') !== 'ascending';
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (left, right) {
      var a = value(left, column, numeric);
      var b = value(right, column, numeric);
      if (a === null || b === null) {
        return a === b ? pageOrder(left, right) : (a === null ? 1 : -1);
      }
      var result = numeric ? a - b : (a < b ? -1 : (a > b ? 1 : 0));
      return (ascending ? result : -result) || pageOrder(left, right);
    });
    headers.forEach(function (other) {
      other.removeAttribute('aria-sort');
    });
    header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    rows.forEach(function (row) {
      body.appendChild(row);
    });
  }

  headers.forEach(function (header, column) {
    var button = header.querySelector('button');
    if (button) {
      button.addEventListener('click', function () {
        sortBy(column);
      });
    }
  });
})();

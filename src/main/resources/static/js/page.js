/*
 * Small behaviours of the pages, kept out of the HTML so that the Content-Security-Policy can forbid
 * inline script: a form with data-confirm asks before it is sent; a field with data-select-on-focus
 * selects its text (a new API token, to copy).
 */
(function () {
  'use strict';
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });
  document.querySelectorAll('[data-select-on-focus]').forEach(function (field) {
    field.addEventListener('focus', function () {
      field.select();
    });
  });
}());

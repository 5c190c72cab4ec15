// Sends the CSRF token with every htmx request; the token is in the page's meta tags.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Asks before destructive actions marked with data-confirm (the text comes from the message bundles).
document.addEventListener('submit', function (event) {
  var message = event.target.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});

// Copies a freshly issued token to the clipboard.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-copy-target]');
  if (button) {
    var field = document.getElementById(button.getAttribute('data-copy-target'));
    if (field && navigator.clipboard) {
      navigator.clipboard.writeText(field.value);
    }
  }
});

// Buttons marked data-print print the page; collapsed branches (<details>) are opened first, so the
// printout shows everything the page lists.
document.addEventListener('click', function (event) {
  if (event.target.closest('[data-print]')) {
    window.print();
  }
});
window.addEventListener('beforeprint', function () {
  document.querySelectorAll('details:not([open])').forEach(function (details) {
    details.setAttribute('open', '');
  });
});

// The bell's live stream reconnects now and then, and every reconnect would keep the session alive for ever.
// After 25 minutes without keyboard, mouse or touch the page closes the stream, so an unattended session
// still ends at its 30-minute timeout; the next page the person opens connects again.
(function () {
  var idleLimit = 25 * 60 * 1000;
  var lastActivity = Date.now();
  ['keydown', 'mousedown', 'mousemove', 'touchstart', 'scroll'].forEach(function (type) {
    document.addEventListener(type, function () { lastActivity = Date.now(); }, { passive: true });
  });
  setInterval(function () {
    var bell = document.getElementById('bell');
    if (bell && bell.hasAttribute('sse-connect') && Date.now() - lastActivity > idleLimit) {
      var quiet = bell.cloneNode(true);
      quiet.removeAttribute('hx-ext');
      quiet.removeAttribute('sse-connect');
      bell.replaceWith(quiet);
      if (window.htmx) {
        window.htmx.process(quiet);
      }
    }
  }, 60 * 1000);
})();

// The body editor (正文): a contenteditable area over the form's textarea, limited to the blocks the layout
// carries (paragraphs, four heading levels, tables); the server sanitizes whatever arrives. Without script the
// textarea takes HTML as it is.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-body-editor]').forEach(function (editor) {
    var area = editor.querySelector('[data-editor-area]');
    var field = editor.querySelector('textarea');
    var toolbar = editor.querySelector('[data-editor-toolbar]');
    area.innerHTML = field.value || '<p><br></p>';
    area.hidden = false;
    toolbar.hidden = false;
    field.hidden = true;
    var sync = function () { field.value = area.innerHTML; };
    area.addEventListener('input', sync);
    toolbar.addEventListener('click', function (event) {
      var button = event.target.closest('button');
      if (!button) {
        return;
      }
      area.focus();
      if (button.hasAttribute('data-table')) {
        document.execCommand('insertHTML', false,
          '<table><tbody><tr><td>　</td><td>　</td></tr><tr><td>　</td><td>　</td></tr></tbody></table><p><br></p>');
      } else {
        document.execCommand('formatBlock', false, button.getAttribute('data-block'));
      }
      sync();
    });
    editor.closest('form').addEventListener('submit', sync);
  });
});

// Parts of a form that one choice alone needs (the 出席, 请假 and 列席 of a 纪要): data-shown-with names the select,
// data-shown-for the value. Hidden, the part is disabled too, so that nothing of it is posted; without script the
// page shows it as the server rendered it for the choice saved.
document.addEventListener('change', function (event) {
  document.querySelectorAll('[data-shown-with]').forEach(function (part) {
    if (event.target === document.querySelector(part.dataset.shownWith)) {
      var shown = event.target.value === part.dataset.shownFor;
      part.hidden = !shown;
      part.disabled = !shown;
    }
  });
});

// A list of common wordings (常用拟办意见) fills the text box it names; the clerk may edit the words afterwards.
document.addEventListener('change', function (event) {
  var select = event.target;
  if (select instanceof HTMLSelectElement && select.dataset.fill && select.value) {
    var target = document.querySelector(select.dataset.fill);
    if (target) {
      target.value = select.value;
      target.focus();
    }
  }
});

/*
 * The component page's upload, with progress. Without this script the form posts as before.
 * With it, files chosen or dropped on the drop zone are sent one per request to the form's own
 * address asking for JSON (same session, same CSRF token), each with its progress bar; a ZIP
 * comes back entry by entry, stored or refused with the reason. When all are done the page's
 * state, findings, evidence and history are fetched again in place, so the results stay shown.
 */
(function () {
  'use strict';

  /** Parts of the page an upload changes, replaced together from a fresh copy of the page. */
  var LIVE = ['component-state', 'findings-section', 'evidence-section', 'fields-section', 'submit-section',
    'history-section', 'upload-form'];

  var busy = false;

  function byId(id) {
    return document.getElementById(id);
  }

  function english() {
    return (document.documentElement.lang || 'vi').indexOf('en') === 0;
  }

  /** A message of the page's language, kept on the progress panel as data-* attributes. */
  function say(key, args) {
    var message = byId('upload-progress').dataset[key] || key;
    (args || []).forEach(function (value, i) {
      message = message.split('{' + i + '}').join(String(value));
    });
    return message;
  }

  function announce(message) {
    var status = byId('upload-status');
    if (status) {
      status.textContent = message;
    }
  }

  // Chosen files: the form's own button sends them, one request each.
  document.addEventListener('submit', function (event) {
    if (event.target.id !== 'upload-form') {
      return;
    }
    var input = event.target.querySelector('input[type=file]');
    if (busy) {
      event.preventDefault();
      return;
    }
    if (!input || !input.files || input.files.length === 0 || !window.FormData) {
      return;
    }
    event.preventDefault();
    send(Array.prototype.slice.call(input.files));
  });

  function carriesFiles(event) {
    var types = event.dataTransfer && event.dataTransfer.types;
    return !!types && Array.prototype.indexOf.call(types, 'Files') >= 0;
  }

  function dropZoneOf(node) {
    return node && node.closest ? node.closest('#dropzone') : null;
  }

  function highlight(on) {
    var zone = byId('dropzone');
    if (zone) {
      zone.classList.toggle('over', on);
    }
  }

  ['dragenter', 'dragover'].forEach(function (type) {
    document.addEventListener(type, function (event) {
      if (!carriesFiles(event)) {
        return;
      }
      // A file dropped just beside the zone must not make the browser leave the page to open it.
      event.preventDefault();
      var inZone = !!dropZoneOf(event.target);
      event.dataTransfer.dropEffect = inZone && !busy ? 'copy' : 'none';
      highlight(inZone);
    });
  });

  document.addEventListener('dragleave', function (event) {
    if (!dropZoneOf(event.relatedTarget)) {
      highlight(false);
    }
  });

  document.addEventListener('drop', function (event) {
    if (!carriesFiles(event)) {
      return;
    }
    event.preventDefault();
    highlight(false);
    var files = event.dataTransfer.files;
    if (dropZoneOf(event.target) && !busy && files && files.length > 0) {
      // A drop reopens a handed-in component only once the box saying so is ticked, as for the button.
      var reopen = byId('reopen');
      if (reopen && !reopen.checked) {
        reopen.reportValidity();
        reopen.focus();
        return;
      }
      send(Array.prototype.slice.call(files));
    }
  });

  function send(files) {
    busy = true;
    var panel = byId('upload-progress');
    panel.hidden = false;
    var body = panel.querySelector('#upload-files tbody');
    body.textContent = '';
    var rows = files.map(function (file) {
      return row(body, file);
    });
    var weights = files.map(function (file) {
      return Math.max(file.size, 1);
    });
    var total = weights.reduce(function (a, b) {
      return a + b;
    }, 0);
    var sent = files.map(function () {
      return 0;
    });
    var counts = {stored: 0, refused: 0, failed: 0};
    var button = byId('upload-button');
    if (button) {
      button.disabled = true;
    }
    overall(0);
    announce('');

    function progress(index, fraction) {
      sent[index] = fraction * weights[index];
      overall(sent.reduce(function (a, b) {
        return a + b;
      }, 0) / total);
    }

    var next = 0;
    (function sendNext() {
      if (next >= files.length) {
        finish(counts);
        return;
      }
      var index = next++;
      upload(files[index], rows[index], function (fraction) {
        progress(index, fraction);
      }, function (result) {
        progress(index, 1);
        counts.stored += result.stored;
        counts.refused += result.refused;
        counts.failed += result.failed;
        announce(files[index].name + ': ' + result.text);
        sendNext();
      });
    })();
  }

  function overall(fraction) {
    var percent = Math.round(Math.min(1, fraction) * 100);
    byId('upload-overall').value = percent;
    byId('upload-overall').textContent = percent + '%';
    byId('upload-overall-text').textContent = percent + '%';
  }

  function row(body, file) {
    var tr = document.createElement('tr');
    var name = document.createElement('td');
    name.textContent = file.name;
    var barCell = document.createElement('td');
    var bar = document.createElement('progress');
    bar.max = 100;
    bar.value = 0;
    bar.setAttribute('aria-label', file.name);
    barCell.appendChild(bar);
    var result = document.createElement('td');
    var state = document.createElement('span');
    result.appendChild(state);
    tr.appendChild(name);
    tr.appendChild(barCell);
    tr.appendChild(result);
    body.appendChild(tr);
    var r = {tr: tr, bar: bar, state: state, result: result};
    setState(r, 'waiting', say('waiting'));
    return r;
  }

  function setState(r, state, message) {
    r.tr.setAttribute('data-state', state);
    r.state.className = 'state-' + state;
    r.state.textContent = message;
  }

  function upload(file, r, onProgress, done) {
    var form = byId('upload-form');
    var data = new FormData();
    var token = form.querySelector('input[name="_csrf"]');
    if (token) {
      data.append(token.name, token.value);
    }
    data.append('files', file, file.name);
    var reopen = byId('reopen');
    if (reopen && reopen.checked) {
      data.append('reopen', 'true');
    }
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = function (event) {
      if (event.lengthComputable && event.total > 0) {
        r.bar.value = Math.round(event.loaded / event.total * 100);
        onProgress(event.loaded / event.total);
      }
    };
    xhr.upload.onload = function () {
      r.bar.value = 100;
      onProgress(1);
      setState(r, 'reading', say('reading'));
    };
    xhr.onload = function () {
      r.bar.value = 100;
      done(answer(r, xhr));
    };
    xhr.onerror = function () {
      done(failed(r, say('networkError')));
    };
    setState(r, 'sending', say('sending'));
    xhr.send(data);
  }

  function failed(r, reason) {
    setState(r, 'failed', say('failed') + ': ' + reason);
    return {stored: 0, refused: 0, failed: 1, text: say('failed') + ': ' + reason};
  }

  /** Reads the server's answer into the row: one file, a ZIP's entries, or a problem. */
  function answer(r, xhr) {
    if (xhr.responseURL && /\/login$/.test(new URL(xhr.responseURL).pathname)) {
      return failed(r, say('sessionExpired'));
    }
    var json = null;
    try {
      json = JSON.parse(xhr.responseText);
    } catch (ignored) {
      json = null;
    }
    if (json && Array.isArray(json.files)) {
      return report(r, json);
    }
    if (json && (json.detail || json.detailVi)) {
      return failed(r, english() ? json.detail : (json.detailVi || json.detail));
    }
    // A 403 that is not ours to explain: the CSRF token went with a session that has ended.
    return failed(r, xhr.status === 403 ? say('sessionExpired') : 'HTTP ' + xhr.status);
  }

  function reasonOf(file) {
    return english() ? file.reasonEn : file.reasonVi;
  }

  function report(r, json) {
    var files = json.files;
    var single = files.length === 1 && files[0].name.indexOf(' › ') < 0;
    var text;
    if (single) {
      text = files[0].stored ? say('stored') : say('refused') + ': ' + reasonOf(files[0]);
      setState(r, files[0].stored ? 'stored' : 'refused', text);
    } else {
      var state = json.refused === 0 ? 'stored' : (json.stored === 0 ? 'refused' : 'partial');
      text = say('partial', [json.stored, json.refused]);
      setState(r, state, text);
      var list = document.createElement('ul');
      list.className = 'entries';
      files.forEach(function (file) {
        var item = document.createElement('li');
        item.setAttribute('data-state', file.stored ? 'stored' : 'refused');
        item.className = file.stored ? 'state-stored' : 'state-refused';
        item.textContent = file.stored ? file.name + ' – ' + say('stored')
          : file.name + ' – ' + say('refused') + ': ' + reasonOf(file);
        list.appendChild(item);
      });
      r.result.appendChild(list);
    }
    return {stored: json.stored, refused: json.refused, failed: 0, text: text};
  }

  function finish(counts) {
    overall(1);
    busy = false;
    var summary = say('summary', [counts.stored, counts.refused, counts.failed]);
    refresh(function () {
      announce(summary);
    });
  }

  /** Fetches the page again and swaps in the parts an upload changes, all in one step. */
  function refresh(then) {
    var hadFocus = document.activeElement && document.activeElement.closest
      && document.activeElement.closest('#upload-form');
    fetch(location.href, {credentials: 'same-origin', headers: {Accept: 'text/html'}})
      .then(function (response) {
        if (!response.ok || /\/login$/.test(new URL(response.url).pathname)) {
          throw new Error('HTTP ' + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html');
        LIVE.forEach(function (id) {
          var now = byId(id);
          var next = fresh.getElementById(id);
          if (now && next) {
            now.replaceWith(document.importNode(next, true));
          }
        });
        var button = byId('upload-button');
        if (button) {
          button.disabled = false;
        }
        if (hadFocus && byId('files')) {
          byId('files').focus();
        }
        then();
      })
      .catch(function () {
        location.reload();
      });
  }
})();

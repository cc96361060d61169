// Guard of the prerendered start page (scripts/prerender.mjs copies it as
// guard-<hash>.js and loads it right after the widget's host element, before
// the first paint). index.html carries the start screen in French, which is
// what the app shows for a plain visit. For any other visit (a link with
// answers or a step, a mode, a colour, English), that screen would be wrong
// until the app starts: show the host's data-loading text instead. The
// choice of language mirrors the app's (src/content/lang.rs: the lang
// parameter, then the browser's languages, then French).
// On a plain visit, a click on "Commencer" made before the app is ready is
// noted (data-start) and answered at once with the data-loading text; the
// app acts on the click when it starts (src/browser.rs,
// take_prerender_handoff).
// Whenever the candidate is waiting for the app (a click made, or a link
// that needs it), a status says so; if the app has still not started 30 s
// later (no WebAssembly, a broken download), it says so with the host's
// <template class="dee-failed">, which gives the phone number as a link. The app replaces all of this when it
// starts (it empties the host element), so nothing here outlives it.
(function () {
  'use strict';
  var host = document.getElementById('deass-eligibility');
  if (!host || !host.hasAttribute('data-prerendered')) return;
  var FAILED_AFTER_MS = 30000;

  function waiting(parent, before) {
    var status = document.createElement('p');
    status.className = 'dee-loading';
    status.setAttribute('role', 'status');
    status.textContent = host.getAttribute('data-loading') || '';
    parent.insertBefore(status, before || null);
    setTimeout(function () {
      var failed = host.querySelector('template.dee-failed');
      if (!status.isConnected || !failed) return;
      status.textContent = '';
      status.appendChild(failed.content.cloneNode(true));
    }, FAILED_AFTER_MS);
  }

  var query = location.search.replace(/^\?/, '');
  var plain = query === '' || query === 'lang=fr';
  if (query === '') {
    var tags = [].concat(navigator.languages || [], navigator.language || []);
    for (var i = 0; i < tags.length; i++) {
      var primary = String(tags[i]).split(/[-_]/)[0].toLowerCase();
      if (primary === 'fr') break;
      if (primary === 'en') {
        plain = false;
        break;
      }
    }
  }
  if (plain) {
    host.addEventListener('click', function (e) {
      // Only until the app has taken over (it removes data-prerendered).
      if (!host.hasAttribute('data-prerendered') || host.hasAttribute('data-start')) return;
      var t = e.target;
      var button = t && t.closest && t.closest('.dee-button--start');
      if (!button) return;
      host.setAttribute('data-start', 'requested');
      waiting(button.parentNode, button.nextSibling);
    });
    return;
  }
  host.removeAttribute('data-prerendered');
  var link = host.querySelector('.dee-lang');
  if (link) link.parentNode.removeChild(link);
  var main = host.querySelector('.dee-main');
  if (main) {
    while (main.firstChild) main.removeChild(main.firstChild);
    waiting(main);
  }
})();

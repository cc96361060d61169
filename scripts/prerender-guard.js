// Guard of the prerendered start page (scripts/prerender.mjs copies it as
// guard-<hash>.js and loads it right after the widget's host element, before
// the first paint). index.html carries the start screen in French, which is
// what the app shows for a plain visit. For any other visit (a link with
// answers or a step, a mode, a colour, English), that screen would be wrong
// until the app starts: show the host's data-loading text instead. The
// choice of language mirrors the app's (src/content/lang.rs: the lang
// parameter, then the browser's languages, then French).
// On a plain visit, a click on "Commencer" made before the app is ready is
// noted (data-start); the app acts on it when it starts (src/browser.rs,
// take_prerender_handoff).
(function () {
  'use strict';
  var host = document.getElementById('deass-eligibility');
  if (!host || !host.hasAttribute('data-prerendered')) return;
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
      if (!host.hasAttribute('data-prerendered')) return;
      var t = e.target;
      if (t && t.closest && t.closest('.dee-button--start')) host.setAttribute('data-start', 'requested');
    });
    return;
  }
  host.removeAttribute('data-prerendered');
  var link = host.querySelector('.dee-lang');
  if (link) link.parentNode.removeChild(link);
  var main = host.querySelector('.dee-main');
  if (main) {
    var status = document.createElement('p');
    status.className = 'dee-loading';
    status.setAttribute('role', 'status');
    status.textContent = host.getAttribute('data-loading') || '';
    while (main.firstChild) main.removeChild(main.firstChild);
    main.appendChild(status);
  }
})();

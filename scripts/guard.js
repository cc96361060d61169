// The page's guard (scripts/ssr.mjs copies it as guard-<hash>.js and loads
// it right after the widget's host element, so it runs before the first
// paint). The host holds, written at build time by the app's own components
// (src/ssr.rs): the French start page, then templates of the English start
// page and of the page that waits for the app in each mode and language.
// The guard shows the one this visit needs, choosing the language and the
// mode as the app does (the lang parameter, then the browser's languages,
// then the default language; the mode parameter, else the default mode).
// The parameter names and values are the app's own: scripts/ssr.mjs writes
// them in place of GUARD_TABLES, from examples/ssr.rs (src/link.rs,
// src/content/lang.rs), the default of each list first:
// - a plain visit (no query, or only lang=fr or lang=en): that language's
//   start page, marked data-static="start"; the app hydrates it (adopts its
//   nodes: src/main.rs). A click on "Commencer" made before the app is ready
//   is noted (data-start) and answered at once with a status (data-guard);
//   the app acts on the click when it starts (src/browser.rs).
// - any other visit (answers, a step, a mode, a colour): that mode's waiting
//   page, data-static="waiting": the app's header, main region and footer in
//   their final place, a status in main. The app renders over it with the
//   same frame, so nothing painted moves.
// Whenever the candidate is waiting for the app (a click made, or a link
// that needs it), if the app has still not started 30 s later (no
// WebAssembly, a broken download), the status is replaced by the waiting
// page's <template class="dee-failed">, which gives the phone number as a
// link. The app removes all of this when it starts.
// The texts the wasm does not carry (every French text beyond the start
// page's, and every English one) are files of their own, texts-LANG-HASH.txt
// (written by scripts/ssr.mjs, which puts their names and SRI hashes in place
// of GUARD_TEXTS). window.deeTexts(lang) fetches one with its integrity (a
// modified file is refused) and returns its text; the app calls it
// (src/browser.rs `with_texts`). A download that fails is forgotten, so the
// next call tries again (a tap on "Commencer" once the network is back).
// The guard starts this visit's language's at once, while the page is parsed:
// it downloads beside the wasm, never after it.
(function () {
  'use strict';
  var T = GUARD_TEXTS;
  var L = {};
  window.deeTexts = function (l) {
    return (L[l] = L[l] || fetch(T[l][0], { integrity: T[l][1] })
      .then(function (r) {
        return r.ok ? r.text() : Promise.reject(r.status);
      })
      .catch(function (e) {
        delete L[l];
        throw e;
      }));
  };
})();
(function () {
  'use strict';
  var host = document.getElementById('deass-eligibility');
  if (!host || !host.hasAttribute('data-ssr') || host.hasAttribute('data-static')) return;
  var FAILED_AFTER_MS = 30000;
  var T = GUARD_TABLES;
  var query = location.search.replace(/^\?/, '');
  var params = new URLSearchParams(query);
  var mode = params.get(T.mode);
  if (T.modes.indexOf(mode) < 0) mode = T.modes[0];
  // The lang parameter, else the first of the browser's languages spoken,
  // else the default (the last tag).
  var lang = params.get(T.lang);
  var tags = [].concat(navigator.languages || [], navigator.language || [], T.langs[0]);
  for (var i = 0; T.langs.indexOf(lang) < 0; i++) lang = String(tags[i]).split(/[-_]/)[0].toLowerCase();
  // No query, or only the language the visit gets (lang=fr, lang=en).
  var plain = !query || query === T.lang + '=' + lang;
  var waitPage = host.querySelector('template[data-dee-wait="' + mode + '-' + lang + '"]');
  if (!waitPage) return;

  // Replaces the French start page (the host's nodes before its templates).
  function show(template) {
    var first = host.querySelector('template');
    while (host.firstChild && host.firstChild !== first) host.removeChild(host.firstChild);
    host.insertBefore(template.content.cloneNode(true), first);
  }
  // A status that turns into the failure message after 30 s (at once when
  // `failed`).
  function waiting(parent, before, failed) {
    var status = waitPage.content.querySelector('.dee-loading').cloneNode(true);
    status.setAttribute('data-guard', '');
    parent.insertBefore(status, before || null);
    function fail() {
      status.textContent = '';
      status.appendChild(waitPage.content.querySelector('template.dee-failed').content.cloneNode(true));
    }
    if (failed) fail();
    setTimeout(function () {
      if (status.isConnected && host.hasAttribute('data-static')) fail();
    }, FAILED_AFTER_MS);
  }
  // For the app (src/browser.rs `show_start_status`), once it has taken the
  // start page over: "Commencer" waits for the texts (a status under it),
  // or they could not be loaded (`failed`: the failure message, with the
  // phone number as a link; the next tap tries again). Built from this
  // page's own status and message (its template, kept here: the app
  // removes the templates from the page).
  window.deeWait = function (failed) {
    var old = host.querySelector('[data-guard]');
    var button = host.querySelector('.dee-button--start');
    if (old) old.remove();
    if (button) waiting(button.parentNode, button.nextSibling, failed);
  };

  // English is complete in its file; French beyond the start page.
  deeTexts(lang).catch(function () {});
  document.documentElement.lang = lang;
  document.documentElement.classList.add('dee-mode-' + mode);
  if (plain) {
    if (lang !== 'fr') {
      var start = host.querySelector('template[data-dee-start="' + lang + '"]');
      show(start);
      document.title = start.getAttribute('data-title');
    }
    host.setAttribute('data-static', 'start');
    host.addEventListener('click', function (e) {
      // Only until the app has taken over (it removes data-static).
      var t = e.target;
      var button = t && t.closest && t.closest('.dee-button--start');
      if (!button || !host.hasAttribute('data-static')) return;
      // The button submits a form (a tap before this script ran opens the
      // question by a page load); from here on, the app answers it.
      e.preventDefault();
      if (host.hasAttribute('data-start')) return;
      host.setAttribute('data-start', '');
      waiting(button.parentNode, button.nextSibling);
    });
    return;
  }
  show(waitPage);
  host.setAttribute('data-static', 'waiting');
  // The links of the waiting page's header, made for a bare visit, keep
  // this visit's answers (they work before the app starts, by a page load).
  var links = host.querySelectorAll('.dee-header a[href^="?"]');
  for (var j = 0; j < links.length; j++) {
    var p = new URLSearchParams(query);
    var to = new URLSearchParams(links[j].getAttribute('href').slice(1));
    to.forEach(function (v, k) {
      p.set(k, v);
    });
    links[j].setAttribute('href', '?' + p);
  }
  var main = host.querySelector('.dee-main');
  main.removeChild(main.querySelector('.dee-loading'));
  waiting(main, main.firstChild);
})();

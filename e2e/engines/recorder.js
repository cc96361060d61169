/* Test-only recorder for the cross-engine suite (e2e/engines/), served as the
 * first script of the page's <head>. WebDriver classic has no init scripts
 * and no page-error events: this records, from the document's first moment,
 * what the suite asserts is empty:
 *   csp      securitypolicyviolation events (any directive, any element),
 *   errors   uncaught errors, unhandled rejections, failed <script>/<link>/
 *            <img> loads, console.error calls;
 *   started  trunk's TrunkApplicationStarted event has fired.
 * Read with `window.__e2e`. Requests are read from the Performance resource
 * timing entries (the suite does it: nothing to record here). */
(function () {
  var r = (window.__e2e = { csp: [], errors: [], started: false });
  // trunk's loader fires this once the WebAssembly app has started.
  window.addEventListener('TrunkApplicationStarted', function () {
    r.started = true;
  });
  document.addEventListener(
    'securitypolicyviolation',
    function (e) {
      r.csp.push(
        e.effectiveDirective + ' blocked ' + (e.blockedURI || '(inline)') + ' in ' +
          (e.sourceFile || e.documentURI) + (e.lineNumber ? ':' + e.lineNumber : '') +
          (e.sample ? ' [' + e.sample + ']' : ''),
      );
    },
    true,
  );
  window.addEventListener(
    'error',
    function (e) {
      var t = e.target;
      if (t && t !== window && t.tagName) {
        r.errors.push('failed to load <' + t.tagName.toLowerCase() + '> ' + (t.src || t.href || ''));
      } else {
        r.errors.push('uncaught: ' + e.message + ' (' + e.filename + ':' + e.lineno + ')');
      }
    },
    true,
  );
  window.addEventListener('unhandledrejection', function (e) {
    var why = e.reason;
    r.errors.push('unhandled rejection: ' + String((why && why.stack) || why));
  });
  var original = console.error;
  console.error = function () {
    var parts = [];
    for (var i = 0; i < arguments.length; i++) parts.push(String(arguments[i]));
    r.errors.push('console.error: ' + parts.join(' '));
    return original.apply(console, arguments);
  };
})();

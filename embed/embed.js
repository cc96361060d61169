/* deass-eligibility embed script (README, "Embedding the widget"): a sized,
 * lazy-loaded iframe. The widget only sends its height; anything else is ignored. */
(function () {
  var s = document.currentScript;
  if (!s || !s.src) return;
  var base = new URL('./', s.src);
  var box = document.querySelector('[data-deass-eligibility]');
  var get = function (n) {
    var k = 'data-' + n;
    return (box && box.getAttribute(k)) || s.getAttribute(k) ||
      (box && box.getAttribute(k.replace(/_/g, '-'))) || s.getAttribute(k.replace(/_/g, '-'));
  };
  var q = new URLSearchParams();
  q.set('mode', 'embed');
  ['lang', 'couleur', 'diplome', 'annee_bac', 'vapp', 'situation', 'statut_public', 'heures', 'rentree', 'interruption',
    'contrat', 'france_travail', 'blocs'].forEach(function (n) {
    var v = get(n);
    if (v != null && v !== '') q.set(n, v);
  });
  var f = document.createElement('iframe');
  f.src = base.href + '?' + q;
  f.title = get('titre') || (get('lang') === 'en' ? 'DEASS admission checker' : "Simulateur d'admission DEASS");
  f.loading = 'lazy';
  f.allow = 'clipboard-write; web-share';
  f.scrolling = 'no';
  f.style.cssText = 'display:block;width:100%;min-height:30rem;border:0';
  if (box) box.appendChild(f); else s.parentNode.insertBefore(f, s.nextSibling);
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (e.origin !== base.origin || e.source !== f.contentWindow || !d ||
      d.type !== 'deass-eligibility:height' || typeof d.height !== 'number' ||
      !(d.height > 0 && d.height < 20000)) return;
    f.style.minHeight = '0';
    f.style.height = Math.ceil(d.height) + 'px';
  });
})();

/* deass-eligibility embed script. A partner page pastes
 *   <script src="https://…/simulateur-deass/embed.js" data-lang="fr" data-couleur="#0055a4" async></script>
 * (or puts <div data-deass-eligibility></div> where the widget should go).
 * It inserts a lazy-loaded iframe and sizes it to its content. The widget
 * only ever sends its height; anything else, or from elsewhere, is ignored. */
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

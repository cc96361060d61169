// Deployment test: Debian's Apache serves a release under /simulateur-deass/
// as docs/deploiement.md tells a webmaster to (e2e/apache.mjs: the files
// copied into the folder, deploy/.htaccess beside them, the guide's a2enmod
// modules on top of Debian's, the guide's AllowOverride), running as a user
// that is not root; and a candidate uses it there: the checks of
// e2e/deployment.mjs, the same as nginx's (e2e/nginx.test.mjs).
//
// What it serves: DEASS_SITE_DIR if set (test.sh's Apache stage points it at
// the unpacked release tar.gz), else dist/ once it is a release (has VERSION,
// written by scripts/release.sh); skipped otherwise. Apache answers a request
// for `.htaccess` with 403 (Debian's `<FilesMatch "^\.ht">`, as on most
// hosts), nginx with 404.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deploymentSuite } from './deployment.mjs';
import { apacheBinary, apacheProcessUids, guideApacheSetup, startApache } from './apache.mjs';

deploymentSuite({
  server: 'Apache',
  start: (site) => {
    assert.ok(apacheBinary(), 'apache2 not found: run scripts/setup.sh --browser');
    return startApache({ site });
  },
  // Apache's levels are written [module:level]; a broken .htaccess line is
  // an `alert` (and the answer a 500).
  seriousLog: /:(emerg|alert|crit)\]/,
  hiddenStatus: 403,
  serverTests: (server) => {
    test("the guide's modules and AllowOverride: apache2 -t accepts the configuration", () => {
      const guide = guideApacheSetup();
      for (const m of ['headers', 'expires', 'deflate', 'mime']) {
        assert.ok(guide.modules.includes(m), `the guide's a2enmod turns on ${m} (${guide.modules.join(' ')})`);
      }
      assert.match(server().conf, new RegExp(`AllowOverride ${guide.allowOverride}\\n`));
      assert.match(server().configTest, /Syntax OK/);
    });

    test('Apache runs as a user that is not root', () => {
      const uids = apacheProcessUids(server());
      assert.ok(uids.length >= 2, `Apache's parent and its children are running (${uids.length} found)`);
      assert.ok(uids.every((u) => u !== 0), `no Apache process runs as root (uids ${uids.join(', ')})`);
    });
  },
});

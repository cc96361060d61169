// Deployment test: Debian's nginx serves a release under /simulateur-deass/
// with deploy/'s own rules (e2e/nginx.mjs), and a candidate uses it there:
// the checks of e2e/deployment.mjs (shared with e2e/apache.test.mjs), after
// `nginx -t` on deploy/nginx.conf as a webmaster installs it.
//
// What it serves: DEASS_SITE_DIR if set (test.sh's release stage points it at
// the unpacked release tar.gz), else dist/ once it is a release (has VERSION,
// written by scripts/release.sh); skipped otherwise.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deploymentSuite } from './deployment.mjs';
import { nginxBinary, nginxConfigTest, startNginx } from './nginx.mjs';

deploymentSuite({
  server: 'nginx',
  start: (site) => {
    assert.ok(nginxBinary(), 'nginx not found: run scripts/setup.sh --browser');
    return startNginx({ site });
  },
  seriousLog: /\[(emerg|alert|crit)\]/,
  hiddenStatus: 404,
  serverTests: () => {
    test('deploy/nginx.conf, as a webmaster installs it, passes nginx -t', () => {
      const r = nginxConfigTest();
      assert.ok(r.ok, `nginx -t:\n${r.output}`);
    });
  },
});

// The cross-engine suite (suite.mjs) in WebKit: WebKitGTK's MiniBrowser
// through WebKitWebDriver, under xvfb-run. Run: node --test e2e/engines/webkit.test.mjs
import { defineSuite } from './suite.mjs';

defineSuite('webkit');

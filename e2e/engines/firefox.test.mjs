// The cross-engine suite (suite.mjs) in Firefox: Debian's firefox-esr,
// headless, through geckodriver. Run: node --test e2e/engines/firefox.test.mjs
import { defineSuite } from './suite.mjs';

defineSuite('firefox');

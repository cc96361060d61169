// esbuild's minifier for the JavaScript the first screen loads: the
// wasm-bindgen glue (scripts/trim-assets.mjs) and the guard (scripts/ssr.mjs);
// not the loader (−78 bytes), whose text e2e/security.test.mjs reads
// (`from './glue.js'`, `integrity: "…"`). Whitespace, comments and local
// names go; exports, property names and strings stay (nothing reads a
// function's `name`). esbuild is pinned in scripts/tools.env and installed
// into web/ by scripts/setup.sh, as qrcode-generator.
import { createRequire } from 'node:module';

const esbuild = () => createRequire(new URL('../web/package.json', import.meta.url))('esbuild');

/** `js` minified: a module with `format` 'esm', a classic script without. */
export const minifyJs = (js, format) =>
  esbuild().transformSync(js, { minify: true, charset: 'utf8', ...(format && { format }) }).code;

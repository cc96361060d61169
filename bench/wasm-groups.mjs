// Groups `twiggy top --format csv` rows of a wasm with names into a few
// families, to say where the bytes go (scripts/bench.sh).
//   node bench/wasm-groups.mjs TOP.csv
import { readFileSync } from 'node:fs';

const parse = (line) => {
  const out = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) {
      if (c === '"' && line[i + 1] === '"') (cur += '"'), i++;
      else if (c === '"') q = false;
      else cur += c;
    } else if (c === '"') q = true;
    else if (c === ',') out.push(cur), (cur = '');
    else cur += c;
  }
  out.push(cur);
  return out;
};

const family = (name) => {
  if (/function names|custom section|producers|target_features/.test(name)) return null; // names: not shipped
  if (/^data segment/.test(name)) return 'data (texts, strings, tables)';
  if (/CompStateInner<COMP>.*::view|FunctionProvider>::run|deass_eligibility::components|deass_eligibility::app/.test(name))
    return "app: components' html! (views)";
  if (/deass_eligibility::content/.test(name)) return 'app: content (text lookup, fill)';
  if (/deass_eligibility/.test(name)) return 'app: rules, link, flow, state, browser';
  if (/slice::sort/.test(name)) return 'std: slice::sort';
  if (/core::fmt|fmt::|<char|escape_debug|unicode/.test(name)) return 'std: fmt, char, unicode';
  if (/yew|implicit_clone|indexmap|hashbrown|gloo|BaseSuspense/.test(name)) return 'yew runtime (+ indexmap, hashbrown)';
  if (/dlmalloc/.test(name)) return 'allocator (dlmalloc)';
  if (/wasm_bindgen|js_sys|web_sys|__wbindgen|__wbg|externref/.test(name)) return 'wasm-bindgen, js-sys, web-sys';
  if (/^import |^export |^table|^elem|^type|^global|^memory|^code\[/.test(name)) return 'imports, exports, tables';
  if (/form_urlencoded|percent_encoding/.test(name)) return 'form_urlencoded';
  return 'other std/alloc/core';
};

const rows = readFileSync(process.argv[2], 'utf8').trim().split('\n').slice(1).map(parse);
const groups = new Map();
let total = 0;
for (const [name, size] of rows) {
  const f = family(name);
  if (!f) continue;
  groups.set(f, (groups.get(f) ?? 0) + Number(size));
  total += Number(size);
}
console.log('wasm by family (bytes after wasm-opt -Oz, name section excluded):');
for (const [f, n] of [...groups].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${String(n).padStart(8)}  ${((100 * n) / total).toFixed(1).padStart(5)} %  ${f}`);
}
console.log(`  ${String(total).padStart(8)}  100.0 %  total`);

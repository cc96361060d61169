// Short import names for the wasm and its wasm-bindgen glue (used by
// scripts/trim-assets.mjs): wasm-bindgen names each function the wasm
// imports from the glue `__wbg_<name>_<16 hex digits>`, and both files carry
// every name once, as a key of the glue's import object and in the wasm's
// import section. The hashes do not compress: 149 imports cost about 2.5 KB
// gzip across the two files (docs/performance.md, "Profil de taille").
//
// `shortenImports(wasm, glue)` renames each import to a short identifier
// (`a`, `b`, …, `aa`, …) and the import module to `w`, in both, and returns
// the new bytes of each; nothing else in either file changes. A name that is
// not exactly once in the glue (as a whole identifier) keeps its name, and so
// does the module if its quoted name is not exactly once there: the glue
// still matches the wasm whatever wasm-bindgen writes. Only wasm-bindgen's
// names (`__wb…`) are renamed, so running it twice changes nothing more.

const ID = /[\w$]/;

/** The `i`-th short name: a…z, A…Z, then two letters, and so on. */
function shortName(i) {
  const ABC = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let s = '';
  do {
    s = ABC[i % ABC.length] + s;
    i = Math.floor(i / ABC.length) - 1;
  } while (i >= 0);
  return s;
}

/** Where `name` stands in `text` as a whole identifier. */
function wholeIndices(text, name) {
  const out = [];
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    if (!ID.test(text[i - 1] ?? '') && !ID.test(text[i + name.length] ?? '')) out.push(i);
  }
  return out;
}

const uleb = (n) => {
  const out = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
};

/** A reader of the wasm's bytes from `pos`. */
function reader(bytes, pos) {
  const r = {
    pos,
    u32() {
      let n = 0;
      let shift = 0;
      let b;
      do {
        b = bytes[r.pos++];
        n |= (b & 0x7f) << shift;
        shift += 7;
      } while (b & 0x80);
      return n >>> 0;
    },
    name() {
      const len = r.u32();
      const s = bytes.subarray(r.pos, r.pos + len).toString('utf8');
      r.pos += len;
      return s;
    },
    limits() {
      const flags = bytes[r.pos++];
      r.u32();
      if (flags & 1) r.u32();
    },
  };
  return r;
}

/** Skips an import's description (after its kind byte). */
function skipDesc(r, kind, bytes) {
  if (kind === 0) r.u32(); // function: type index
  else if (kind === 1) {
    r.pos++; // table: reference type, then limits
    r.limits();
  } else if (kind === 2) r.limits(); // memory
  else if (kind === 3) r.pos += 2; // global: value type, mutability
  else if (kind === 4) {
    r.pos++; // tag: attribute, type index
    r.u32();
  } else throw new Error(`wasm-names: import kind ${kind} unknown`);
  if (kind === 3 && (bytes[r.pos - 2] === 0x63 || bytes[r.pos - 2] === 0x64)) {
    throw new Error('wasm-names: a reference-typed global import is not handled');
  }
}

/** The wasm with section `id`'s body replaced by `body`. */
function withSection(wasm, at, end, id, body) {
  return Buffer.concat([wasm.subarray(0, at), Buffer.from([id]), uleb(body.length), body, wasm.subarray(end)]);
}

/** Where section `id` is: `{ at, start, end }` (at: its id byte), or null. */
function findSection(wasm, id) {
  const r = reader(wasm, 8);
  while (r.pos < wasm.length) {
    const at = r.pos;
    const sid = wasm[r.pos++];
    const size = r.u32();
    if (sid === id) return { at, start: r.pos, end: r.pos + size, r };
    r.pos += size;
  }
  return null;
}

/** `glue` with every occurrence at `at` (of length `len`) replaced by `to`. */
function applyEdits(glue, edits) {
  edits.sort((a, b) => b[0] - a[0]);
  for (const [at, len, to] of edits) glue = glue.slice(0, at) + to + glue.slice(at + len);
  return glue;
}

/**
 * The same for the functions and table the glue reads from the wasm's
 * exports (`wasm.__wbindgen_malloc`, `wasm.wasm_bindgen__convert__…_h<hash>`):
 * an export of wasm-bindgen's (`__wb…`, `wasm_bindgen__…`, `__externref_…`)
 * whose every occurrence in the glue is a property read (`.name`) gets a
 * short upper-case name (`A`, `B`, …: none of the other exports'), in both.
 */
export function shortenExports(wasm, glue) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('wasm-names: not a wasm module');
  const sec = findSection(wasm, 7);
  if (!sec) return { wasm, glue, renamed: 0 };
  const { r } = sec;
  r.pos = sec.start;
  const count = r.u32();
  const exports = [];
  for (let i = 0; i < count; i++) {
    const name = r.name();
    const descStart = r.pos;
    r.pos++;
    r.u32();
    exports.push({ name, desc: wasm.subarray(descStart, r.pos) });
  }
  if (r.pos !== sec.end) throw new Error('wasm-names: export section misread');
  const taken = new Set(exports.map((e) => e.name));
  const edits = [];
  let n = 0;
  for (const e of exports) {
    if (!/^(__wb|wasm_bindgen__|__externref_)/.test(e.name)) continue;
    const at = wholeIndices(glue, e.name);
    if (!at.length || at.some((k) => glue[k - 1] !== '.')) continue;
    let to;
    do to = shortName(n++).toUpperCase();
    while (taken.has(to));
    taken.add(to);
    for (const k of at) edits.push([k, e.name.length, to]);
    e.name = to;
  }
  if (!edits.length) return { wasm, glue, renamed: 0 };
  const parts = [uleb(count)];
  for (const e of exports) parts.push(uleb(Buffer.byteLength(e.name)), Buffer.from(e.name), e.desc);
  const body = Buffer.concat(parts);
  return { wasm: withSection(wasm, sec.at, sec.end, 7, body), glue: applyEdits(glue, edits), renamed: edits.length };
}

/**
 * Renames the wasm's imports (and their module) in both files; returns
 * `{ wasm, glue, renamed }` (`wasm` a Buffer, `glue` a string).
 */
export function shortenImports(wasm, glue) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('wasm-names: not a wasm module');
  const r = reader(wasm, 8);
  while (r.pos < wasm.length) {
    const sectionStart = r.pos;
    const id = wasm[r.pos++];
    const size = r.u32();
    const start = r.pos;
    if (id !== 2) {
      r.pos = start + size;
      continue;
    }
    const count = r.u32();
    const parts = [uleb(count)];
    const edits = []; // [index in glue, old length, new text]
    const modules = new Map();
    let n = 0;
    for (let i = 0; i < count; i++) {
      let module = r.name();
      let name = r.name();
      const descStart = r.pos;
      const kind = wasm[r.pos++];
      skipDesc(r, kind, wasm);
      if (!modules.has(module) && module !== 'w') {
        const at = wholeIndices(glue, JSON.stringify(module).slice(1, -1))
          .filter((k) => /["']/.test(glue[k - 1]) && glue[k - 1] === glue[k + module.length]);
        modules.set(module, at.length === 1 ? { to: 'w', at: at[0] - 1, len: module.length + 2 } : null);
      }
      const m = modules.get(module);
      if (m) module = m.to;
      const at = /^__wb/.test(name) ? wholeIndices(glue, name) : [];
      if (at.length === 1) {
        const to = shortName(n++);
        edits.push([at[0], name.length, to]);
        name = to;
      }
      parts.push(uleb(Buffer.byteLength(module)), Buffer.from(module), uleb(Buffer.byteLength(name)), Buffer.from(name));
      parts.push(wasm.subarray(descStart, r.pos));
    }
    if (r.pos !== start + size) throw new Error('wasm-names: import section misread');
    for (const m of modules.values()) if (m) edits.push([m.at, m.len, '"w"']);
    edits.sort((a, b) => b[0] - a[0]);
    for (const [at, len, to] of edits) glue = glue.slice(0, at) + to + glue.slice(at + len);
    const body = Buffer.concat(parts);
    const out = Buffer.concat([wasm.subarray(0, sectionStart), Buffer.from([2]), uleb(body.length), body, wasm.subarray(start + size)]);
    return { wasm: out, glue, renamed: n };
  }
  return { wasm, glue, renamed: 0 };
}

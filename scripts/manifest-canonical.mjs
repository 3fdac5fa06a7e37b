// Re-serializes a covey manifest by the rules of docs/auditors.md ("The manifest's bytes"), written
// from that text alone: its own JSON reader (numbers kept as their digits) and its own writer, no
// JSON.stringify. covey's tests feed it every manifest shape they produce and require the same bytes.
//
//   node scripts/manifest-canonical.mjs MANIFEST.json > again.json
import { readFileSync } from "node:fs";

// read parses JSON text into plain values; a number stays {number: "<its text>"} so no digit is lost.
function read(text) {
  let i = 0;
  const ws = () => { while (" \t\n\r".includes(text[i]) && i < text.length) i++; };
  const fail = (what) => { throw new Error(`${what} at offset ${i}`); };
  function value() {
    ws();
    const c = text[i];
    if (c === "{") {
      i++; const obj = new Map(); ws();
      if (text[i] === "}") { i++; return obj; }
      for (;;) {
        ws(); const k = string(); ws();
        if (text[i++] !== ":") fail("expected ':'");
        if (obj.has(k)) fail(`duplicate key ${k}`);
        obj.set(k, value()); ws();
        const d = text[i++];
        if (d === "}") return obj;
        if (d !== ",") fail("expected ',' or '}'");
      }
    }
    if (c === "[") {
      i++; const arr = []; ws();
      if (text[i] === "]") { i++; return arr; }
      for (;;) {
        arr.push(value()); ws();
        const d = text[i++];
        if (d === "]") return arr;
        if (d !== ",") fail("expected ',' or ']'");
      }
    }
    if (c === '"') return string();
    const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i));
    if (m) { i += m[0].length; return { number: m[0] }; }
    for (const [lit, v] of [["true", true], ["false", false], ["null", null]]) {
      if (text.startsWith(lit, i)) { i += lit.length; return v; }
    }
    fail("unexpected character");
  }
  function string() {
    if (text[i++] !== '"') fail("expected a string");
    let out = "";
    for (;;) {
      const c = text[i++];
      if (c === undefined) fail("unterminated string");
      if (c === '"') return out;
      if (c !== "\\") { out += c; continue; }
      const e = text[i++];
      const simple = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
      if (e in simple) { out += simple[e]; continue; }
      if (e !== "u") fail("bad escape");
      out += String.fromCharCode(parseInt(text.slice(i, i + 4), 16)); i += 4;
    }
  }
  const v = value(); ws();
  if (i !== text.length) fail("trailing data");
  return v;
}

// The string rule: escape '"' and '\', \b \f \n \r \t by name, other C0 controls and U+2028/U+2029 as
// \u00xx / \u2028 / \u2029 with lowercase hex; every other character as itself.
function writeString(s) {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0);
    const named = { 0x22: '\\"', 0x5c: "\\\\", 0x08: "\\b", 0x0c: "\\f", 0x0a: "\\n", 0x0d: "\\r", 0x09: "\\t" };
    if (cp in named) out += named[cp];
    else if (cp < 0x20 || cp === 0x2028 || cp === 0x2029) out += "\\u" + cp.toString(16).padStart(4, "0");
    else out += ch;
  }
  return out + '"';
}

// Keys in ascending order of their UTF-8 bytes, no white space, ',' and ':' as the only separators.
function write(v) {
  if (v instanceof Map) {
    const keys = [...v.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    return "{" + keys.map((k) => writeString(k) + ":" + write(v.get(k))).join(",") + "}";
  }
  if (Array.isArray(v)) return "[" + v.map(write).join(",") + "]";
  if (typeof v === "string") return writeString(v);
  if (v && typeof v === "object" && "number" in v) {
    if (!/^(0|[1-9][0-9]*)$/.test(v.number)) throw new Error(`number ${v.number} is not a plain integer`);
    return v.number;
  }
  throw new Error(`a manifest holds no ${JSON.stringify(v)}`);
}

process.stdout.write(write(read(readFileSync(process.argv[2], "utf8"))));

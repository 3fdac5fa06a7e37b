// What a client built on graphql-js sees of the served schema: it sends getIntrospectionQuery()
// (default options, then with every option the server answers), builds the schema with
// buildClientSchema and compares it with schema.graphql as graphql-js reads it.
//
// Usage: node introspect.mjs <graphql endpoint> <schema.graphql>
// Prints one JSON object: {"descriptions": served, "sdlDescriptions": in the file, "diff": [...],
// "options": {name: "ok" | error}}.
import { readFileSync } from 'node:fs';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isIntrospectionType,
  isSpecifiedScalarType,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';

const [endpoint, sdlPath] = process.argv.slice(2);

async function introspect(options) {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: getIntrospectionQuery(options) }),
  });
  const body = await res.json();
  if (body.errors?.length) {
    throw new Error(body.errors.map((e) => e.message).join('; '));
  }
  return buildClientSchema(body.data);
}

// Every description in a schema, keyed by its coordinate (Type, Type.field, Type.field(arg:), Enum.VALUE).
function descriptions(schema) {
  const out = new Map();
  const put = (key, d) => d != null && out.set(key, d);
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    put(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        put(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args ?? []) put(`${type.name}.${field.name}(${arg.name}:)`, arg.description);
      }
    }
    if (isEnumType(type)) {
      for (const v of type.getValues()) put(`${type.name}.${v.name}`, v.description);
    }
  }
  return out;
}

const sdl = buildSchema(readFileSync(sdlPath, 'utf8'));
const served = await introspect();
const want = descriptions(sdl);
const got = descriptions(served);
const diff = [];
for (const [key, d] of want) {
  if (got.get(key) !== d) diff.push({ coordinate: key, want: d, got: got.get(key) ?? null });
}
for (const [key, d] of got) {
  if (!want.has(key)) diff.push({ coordinate: key, want: null, got: d });
}
// The rest of the schema (types, fields, arguments, defaults) must be the same too.
const print = (s) => printSchema(lexicographicSortSchema(s));
if (diff.length === 0 && print(served) !== print(sdl)) {
  diff.push({ coordinate: 'printSchema', want: print(sdl), got: print(served) });
}

const options = {};
for (const [name, opts] of Object.entries({
  specifiedByUrl: { specifiedByUrl: true },
  inputValueDeprecation: { inputValueDeprecation: true },
  schemaDescription: { schemaDescription: true },
  directiveIsRepeatable: { directiveIsRepeatable: true },
  oneOf: { oneOf: true },
})) {
  try {
    await introspect(opts);
    options[name] = 'ok';
  } catch (e) {
    options[name] = String(e.message ?? e);
  }
}
console.log(JSON.stringify({ descriptions: got.size, sdlDescriptions: want.size, diff, options }));

#!/usr/bin/env node
// After the web build: which lazy chunks each public page (outside the
// signed-in shell) needs before its first paint. Without this a phone on a
// slow network fetches the app, runs it, and only then discovers the page's
// own chunk and, a round trip later, that chunk's imports. The API lists
// them as <link rel=modulepreload> in the index.html it sends for that path
// (apps/api/src/common/spa-index.ts), so they download alongside the app.
// Writes `route-preloads.json` beside the
// browser folder (not served): { "<first path segment>": ["chunk-….js", …] }.
// Routes are read from the built main chunk, as the router declares them
// (`path:"…",…loadComponent:()=>import("./chunk-….js")`); a path it cannot
// read simply gets no preloads.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = process.argv[2] ?? 'dist/apps/web/browser';
const read = (file) => readFileSync(join(root, file), 'utf8');

const staticImports = (file) =>
  [...read(file).matchAll(/(?:import|from)\s*"\.\/([\w-]+\.js)"/g)].map(
    (m) => m[1],
  );

function closure(files) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    staticImports(file).forEach(visit);
  };
  files.forEach(visit);
  return seen;
}

const html = read('index.html');
const entry = [...html.matchAll(/(?:src|href)="\/?([\w-]+\.js)"/g)].map(
  (m) => m[1],
);
const initial = closure(entry);
const main = entry.find((file) => file.startsWith('main-'));
if (!main) throw new Error(`no main chunk in ${root}/index.html`);
const code = read(main);

const ROUTE =
  /path:"([^"]*)"[^{}]{0,300}?load(?:Children|Component):\(\)=>import\("\.\/([\w-]+\.js)"\)/g;
const routes = [...code.matchAll(ROUTE)].map((m) => ({
  at: m.index,
  path: m[1],
  chunk: m[2],
}));

/** Where the `children:[…]` array after `from` ends (bracket counting). */
function childrenSpan(from) {
  const start = code.indexOf('children:[', from);
  if (start < 0) return null;
  let depth = 0;
  for (let i = start + 'children:'.length; i < code.length; i++) {
    const c = code[i];
    if (c === '"' || c === "'" || c === '`') {
      const end = code.indexOf(c, i + 1);
      if (end < 0) return null;
      i = end;
    } else if (c === '[' || c === '{' || c === '(') depth++;
    else if (c === ']' || c === '}' || c === ')') {
      depth--;
      if (depth === 0) return [start, i];
    }
  }
  return null;
}

// The app's shell: the path-less route with children (the signed-in pages).
const shell = routes.find((r) => r.path === '');
const span = shell ? childrenSpan(shell.at) : null;
const own = (files) => [...closure(files)].filter((f) => !initial.has(f));
const firstSegment = (path) => path.split('/')[0];

// Only the pages outside the shell: sign-in, password, intake and portal,
// the first pages a phone opens, with 7-14 small chunks each. A signed-in
// page needs the shell's chunks too (39 for the client list, about as many
// bytes as the app itself): listed up front they share the slow link with
// the app's main chunk, and Lighthouse measured the client list slower
// with them, not faster.
const preloads = {};
for (const route of routes) {
  if (route === shell || !route.path) continue;
  if (span && route.at > span[0] && route.at < span[1]) continue;
  const segment = firstSegment(route.path);
  if (segment.startsWith(':') || preloads[segment]) continue;
  preloads[segment] = own([route.chunk]);
}

const out = join(dirname(root), 'route-preloads.json');
writeFileSync(out, JSON.stringify(preloads, null, 2) + '\n');
console.log(
  `Route preloads for ${Object.keys(preloads).length} paths written to ${out}.`,
);

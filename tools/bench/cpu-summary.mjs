#!/usr/bin/env node
// Summarises a V8 .cpuprofile (node --cpu-prof): self time per function and
// per package, so a profile can be read without a viewer.
// `node tools/bench/cpu-summary.mjs file.cpuprofile [top]`
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The package (or part of the product) a frame's script belongs to. */
function packageOf(url) {
  if (!url) return '(native)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return 'node';
  if (url.includes('dist/apps/api')) return 'product';
  return url
    .replace(/^file:\/\//, '')
    .split('/')
    .slice(-2)
    .join('/');
}

/** `window`: only samples between these µs offsets from the profile's start (e.g. without start-up). */
export function summarise(file, top = 30, window = {}) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const from = window.from ?? 0;
  const to = window.to ?? Infinity;
  const total = Math.min(profile.endTime - profile.startTime, to) - from;
  const selfUs = new Map();
  const deltas = profile.timeDeltas;
  let at = 0;
  profile.samples.forEach((id, i) => {
    at += deltas[i] ?? 0;
    if (at < from || at > to) return;
    selfUs.set(id, (selfUs.get(id) ?? 0) + (deltas[i + 1] ?? 0));
  });
  const byFunction = new Map();
  const byPackage = new Map();
  let busy = 0;
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    if (!us) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const name = functionName || '(anonymous)';
    const pkg = name.startsWith('(') && !url ? name : packageOf(url);
    // Idle is time the thread waited for work: not part of the busy share.
    if (name === '(idle)') continue;
    busy += us;
    const key = `${name} ${pkg}:${lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
  }
  const rows = (map) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({
        name,
        'self ms': Math.round(us / 1000),
        '% of busy': Number(((us / busy) * 100).toFixed(1)),
      }));
  return {
    wallMs: Math.round(total / 1000),
    busyMs: Math.round(busy / 1000),
    functions: rows(byFunction),
    packages: rows(byPackage),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const summary = summarise(process.argv[2], Number(process.argv[3] ?? 30));
  console.log(
    `wall ${summary.wallMs} ms, main thread busy ${summary.busyMs} ms`,
  );
  console.table(summary.packages);
  console.table(summary.functions);
}

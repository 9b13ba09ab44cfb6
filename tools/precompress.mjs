#!/usr/bin/env node
// After the web build: writes a brotli (`.br`, highest quality) and a gzip
// (`.gz`) copy next to every compressible file, so the API serves the app
// compressed without compressing on each request. A copy that would not be
// smaller is left out (the plain file is served then).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE =
  /\.(js|mjs|css|html|svg|json|txt|webmanifest|ico|xml|map|csv|ttf|otf|wasm)$/i;

const root = process.argv[2] ?? 'dist/apps/web/browser';

function filesUnder(dir) {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

let plain = 0;
let br = 0;
let count = 0;
for (const path of filesUnder(root)) {
  if (!COMPRESSIBLE.test(path)) continue;
  const data = readFileSync(path);
  const brotli = brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
  const gzip = gzipSync(data, { level: constants.Z_BEST_COMPRESSION });
  if (brotli.length < data.length) writeFileSync(`${path}.br`, brotli);
  if (gzip.length < data.length) writeFileSync(`${path}.gz`, gzip);
  plain += data.length;
  br += Math.min(brotli.length, data.length);
  count += 1;
}
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
console.log(
  `Precompressed ${count} files in ${root}: ${kB(plain)} plain, ${kB(br)} brotli.`,
);

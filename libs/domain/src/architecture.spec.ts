import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as api from './index';

/** Every .ts file under src, recursively. */
function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return tsFiles(path);
    }
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Source without comments, so prose such as "from 'up'" is not an import. */
const withoutComments = (source: string): string =>
  source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

/**
 * Module specifiers of static imports and re-exports (statements at the start
 * of a line), side-effect imports, dynamic imports and requires.
 */
function importsOf(source: string): string[] {
  const code = withoutComments(source);
  const patterns = [
    /^\s*(?:import|export)\b[^;]*?\bfrom\s+['"]([^'"]+)['"]/gm,
    /^\s*import\s+['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns
    .flatMap((pattern) => [...code.matchAll(pattern)].map((m) => m[1] ?? ''))
    .sort();
}

const files = tsFiles(__dirname);
const isRelative = (specifier: string) => specifier.startsWith('.');

/**
 * The one outside module the library uses, in one file: marked's lexer turns
 * a note's Markdown into tokens, a pure function without I/O or framework, so
 * the PDF and the web preview read notes alike.
 */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  [join('lib', 'report', 'note-markdown.ts')]: ['marked'],
};

/** Tests may also use the test tools; nothing else leaves the library. */
const TEST_ONLY = ['fast-check', 'node:fs', 'node:path'];

describe('libs/domain architecture', () => {
  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(
    files
      .filter((file) => !file.endsWith('.spec.ts'))
      .map((file) => [relative(__dirname, file), file]),
  )('%s imports nothing but relative paths (no framework)', (name, file) => {
    const foreign = importsOf(readFileSync(file, 'utf8')).filter(
      (specifier) =>
        !isRelative(specifier) && !(ALLOWED[name] ?? []).includes(specifier),
    );
    expect(foreign).toEqual([]);
  });

  it.each(
    files
      // This file holds sample framework imports as test data (below).
      .filter((file) => file.endsWith('.spec.ts') && file !== __filename)
      .map((file) => [relative(__dirname, file), file]),
  )('%s imports only relative paths and test tools', (_, file) => {
    const foreign = importsOf(readFileSync(file, 'utf8')).filter(
      (specifier) => !isRelative(specifier) && !TEST_ONLY.includes(specifier),
    );
    expect(foreign).toEqual([]);
  });

  it('recognises framework imports, and ignores comments and relative paths', () => {
    const sample = [
      "import { Injectable } from '@nestjs/common';",
      'import type {',
      '  Repository,',
      "} from 'typeorm';",
      "export * from './lib/x';",
      "import 'reflect-metadata';",
      "// see the chart, drawn from 'up'",
      "const r = require('rxjs');",
      "const c = await import('class-validator');",
    ].join('\n');
    expect(importsOf(sample).filter((s) => !isRelative(s))).toEqual([
      '@nestjs/common',
      'class-validator',
      'reflect-metadata',
      'rxjs',
      'typeorm',
    ]);
  });

  it('exports the API other projects code against', () => {
    const names = [
      'DOMAIN_IDS',
      'DOMAINS',
      'getInstrument',
      'HERSTELKOMPAS_INTAKE_V1',
      'HERSTELKOMPAS_FOLLOW_UP_V1',
      'PREFER_NOT_TO_SAY',
      'isItemEnabled',
      'validateAnswers',
      'scoreAssessment',
      'scoreDomains',
      'rankDomains',
      'detectRedFlags',
      'URGENT_CLIENT_INSTRUCTION',
      'REASON_CODES',
      'validateDecision',
      'buildDecision',
      'compareAssessments',
      'trendSeries',
      'buildProgressReport',
      'radarGeometry',
      'formatPersonName',
      'nameSortKey',
      'ageOn',
      'bandFor',
      'ALGORITHM_VERSION',
    ];
    for (const name of names) {
      expect(api).toHaveProperty(name);
    }
  });
});

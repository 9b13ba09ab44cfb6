#!/usr/bin/env node
// The production dependencies against the registry's advisories: fails on any
// high or critical advisory that audit-allowlist.json does not explain, and
// fails when the registry cannot be asked (no answer is not a clean answer).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SEVERE = new Set(['high', 'critical']);
const ALLOWLIST = join(
  dirname(fileURLToPath(import.meta.url)),
  'audit-allowlist.json',
);

class AuditFailure extends Error {}
/** The registry answered no advisories at all (some mirrors offer no audit service). */
class AuditUnavailable extends AuditFailure {}

/** `[{ advisory: "GHSA-…", package, reason }]`: each entry says why it is not reachable. */
export function readAllowlist(file = ALLOWLIST) {
  const entries = JSON.parse(readFileSync(file, 'utf8'));
  for (const entry of entries) {
    if (!entry.advisory || !entry.package || !(entry.reason ?? '').trim())
      throw new AuditFailure(
        `${file}: every entry needs advisory, package and reason`,
      );
  }
  return entries;
}

/** Judges an `npm audit --json` report; throws AuditFailure when it must fail. */
export function judge(report, allowlist) {
  if (!report?.vulnerabilities || !report?.metadata?.vulnerabilities) {
    throw new AuditUnavailable(
      'the registry could not be asked for advisories, so the dependencies ' +
        `were NOT audited: ${report?.message ?? report?.error?.summary ?? JSON.stringify(report)}`,
    );
  }
  const blocking = [];
  const allowed = new Set();
  for (const [name, vulnerability] of Object.entries(report.vulnerabilities)) {
    for (const via of vulnerability.via) {
      // A string names a dependency whose own advisories are listed under its name.
      if (typeof via === 'string' || !SEVERE.has(via.severity)) continue;
      const id =
        String(via.url ?? '')
          .split('/')
          .pop() || String(via.source);
      const entry = allowlist.find(
        (e) => e.advisory === id && e.package === via.name,
      );
      if (entry) allowed.add(`${id} ${via.name}`);
      else
        blocking.push(
          `${via.severity} ${id} in ${via.name} (via ${name}): ${via.title}`,
        );
    }
  }
  const counts = report.metadata.vulnerabilities;
  const lines = [
    `audit of ${report.metadata.dependencies?.prod ?? '?'} production dependencies: ` +
      `critical ${counts.critical}, high ${counts.high}, moderate ${counts.moderate}, low ${counts.low}; ` +
      `high/critical allowed with a reason: ${allowed.size}, not allowed: ${blocking.length}`,
  ];
  for (const entry of allowlist)
    if (!allowed.has(`${entry.advisory} ${entry.package}`))
      lines.push(
        `  note: allowlist entry ${entry.advisory} (${entry.package}) matches nothing now; remove it`,
      );
  if (blocking.length)
    throw new AuditFailure(
      `${lines.join('\n')}\nunexplained advisories:\n  ${blocking.join('\n  ')}`,
    );
  return lines.join('\n');
}

function main() {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    throw new AuditFailure(
      `npm audit gave no report (exit ${run.status}):\n${run.stderr || run.stdout}`,
    );
  }
  console.log(judge(report, readAllowlist()));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    if (!(error instanceof AuditFailure)) throw error;
    // AUDIT=if-available: a registry without an audit service is reported,
    // loudly, instead of failing; found advisories still fail.
    if (
      error instanceof AuditUnavailable &&
      process.env.AUDIT === 'if-available'
    ) {
      console.log(`⚠ audit NOT done (AUDIT=if-available): ${error.message}`);
      process.exit(0);
    }
    console.error(`✗ audit: ${error.message}`);
    process.exit(1);
  }
}

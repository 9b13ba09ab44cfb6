import { spawnSync } from 'node:child_process';

/**
 * The text of a PDF as poppler's pdftotext reads it (reading order), with
 * runs of white space folded to one space so table cells that wrap still
 * match. Fails loudly when poppler-utils is missing: never a silent skip.
 */
export function pdfText(pdf: Buffer): string {
  const result = spawnSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], {
    input: pdf,
    encoding: 'utf8',
  });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new Error(
      'pdftotext is not installed: run `apt-get install poppler-utils` (.ci/run installs it) to check generated PDFs.',
    );
  }
  if (result.status !== 0) {
    throw new Error(`pdftotext failed (${result.status}): ${result.stderr}`);
  }
  return result.stdout.replace(/\s+/g, ' ');
}

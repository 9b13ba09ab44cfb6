import { readFileSync } from 'node:fs';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

/** The WCAG levels every screen is held to (2.0 to 2.2, A and AA). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** The two sizes every screen is checked at: desktop and a small phone. */
export const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 360, height: 740 },
] as const;

let axeSource: string | undefined;

/**
 * axe-core's own script, evaluated through the browser's debugging channel:
 * a script tag would be (rightly) blocked by the product's
 * Content-Security-Policy, an evaluation is not and changes nothing on it.
 */
function source(): string {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/** Lets running transitions (a dialog opening, a ripple) end before colours are judged. */
async function settle(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () =>
        document
          .getAnimations()
          .every(
            (a) =>
              a.playState !== 'running' ||
              a.effect?.getComputedTiming().iterations === Infinity,
          ),
      undefined,
      { timeout: 3000 },
    )
    // A screen that keeps animating (a spinner) is checked as it stands.
    .catch(() => undefined);
}

async function run(page: Page): Promise<AxeResults> {
  await settle(page);
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.evaluate(source());
  return page.evaluate(
    (tags) =>
      (
        window as unknown as {
          axe: { run(c: Document, o: object): Promise<AxeResults> };
        }
      ).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    WCAG_TAGS,
  );
}

/** One line per rule, then one per element: what, how bad, where. */
export function describeViolations(label: string, violations: Result[]) {
  return violations
    .map((v) =>
      [
        `[${label}] ${v.id} (${v.impact ?? 'n/a'}): ${v.help} (${v.helpUrl})`,
        ...v.nodes.map(
          (n) =>
            `    at ${n.target.map((t) => JSON.stringify(t)).join(' > ')}` +
            (n.failureSummary
              ? `\n       ${n.failureSummary.replace(/\s*\n\s*/g, '; ')}`
              : ''),
        ),
      ].join('\n'),
    )
    .join('\n');
}

/**
 * Runs axe-core (WCAG 2.0-2.2, A and AA) on the screen as it stands, at
 * desktop and at phone size (the window is resized and put back), and fails
 * with every violation listed: rule, impact, elements, screen.
 */
export async function expectAccessible(
  page: Page,
  label: string,
): Promise<void> {
  const original = page.viewportSize();
  const problems: string[] = [];
  // The current size first, so the screen is judged as the journey left it.
  const sizes = [...SIZES].sort((a, b) =>
    a.width === original?.width ? -1 : b.width === original?.width ? 1 : 0,
  );
  try {
    for (const size of sizes) {
      if (original?.width !== size.width || original?.height !== size.height) {
        await page.setViewportSize(size);
        // Two frames: the layout (and Angular's breakpoint observers) follow.
        await page.evaluate(
          () =>
            new Promise((r) =>
              requestAnimationFrame(() => requestAnimationFrame(r)),
            ),
        );
      }
      const results = await run(page);
      if (results.violations.length)
        problems.push(
          describeViolations(`${label}, ${size.name}`, results.violations),
        );
    }
  } finally {
    if (original) await page.setViewportSize(original);
  }
  if (problems.length)
    throw new Error(
      `Accessibility violations (WCAG 2.2 AA) on "${label}":\n${problems.join('\n')}`,
    );
}

import {
  BAND_LABELS,
  DOMAINS,
  type DomainId,
  formatDate,
  roundHalfAwayFromZero,
} from '@herstelkompas/domain';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible } from '../support/accessibility';
import { apiCall } from '../support/api';
import {
  SCREENSHOT_DIR,
  launch,
  newContext,
  screenshot,
  signIn,
  waitForText,
} from '../support/browser';

type DomainScores = Record<
  DomainId,
  { score: number | null; band: 'low' | 'moderate' | 'high' | null }
>;

/** Runs a poppler tool; fails loudly when poppler-utils is missing. */
function poppler(tool: string, args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8' });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new Error(
      `${tool} is not installed: run \`apt-get install poppler-utils\` to check generated PDFs.`,
    );
  }
  if (result.status !== 0) {
    throw new Error(`${tool} failed (${result.status}): ${result.stderr}`);
  }
  return result.stdout;
}

/** The preview sheet's text, once it says `text`. */
async function sheetSays(page: Page, text: string | RegExp): Promise<void> {
  await waitForText(page.getByTestId('report-sheet'), text);
}

/** The whole page at once: the shell scrolls inside, so grow the window. */
async function tallScreenshot(page: Page, name: string): Promise<void> {
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  await page.setViewportSize({ width: size.width, height: 2800 });
  await screenshot(page, name);
  await page.setViewportSize(size);
}

describe('progress reports', () => {
  let browser: Browser;
  let page: Page;
  let janId: string;
  let workDir: string;

  beforeAll(async () => {
    browser = await launch();
    page = await (await newContext(browser)).newPage();
    workDir = mkdtempSync(join(tmpdir(), 'hk-report-'));
    await signIn(page);
    await page.waitForURL(/\/vandaag/);
    const jan = await apiCall<{ items: { id: string }[] }>(
      page,
      'GET',
      '/api/clients?search=jan%20van%20der%20berg',
    );
    janId = jan.json.items[0]?.id as string;
    // The report shows the focus the practitioner chose; when no journey
    // has decided yet, confirm the computed one, as a practitioner would.
    const priority = await apiCall<{
      computed: { ranking: { domain: string }[]; focus: string[] };
      decision: unknown;
    }>(page, 'GET', `/api/clients/${janId}/priority`);
    if (!priority.json.decision) {
      const made = await apiCall(
        page,
        'POST',
        `/api/clients/${janId}/priority-decisions`,
        {
          order: priority.json.computed.ranking.map((r) => r.domain),
          focusDomains: priority.json.computed.focus,
          reasonCode: 'CLINICAL_JUDGEMENT',
          reasonText: 'Stress en ademhaling eerst.',
        },
      );
      expect(made.status).toBe(201);
    }
  });
  afterAll(async () => {
    await browser?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('previews a report, switches audience and language, and downloads the PDF with the same content', async () => {
    await page.goto(`/clienten/${janId}`);
    await page.getByTestId('report-open').click();
    await page.waitForURL(/\/rapportage$/);
    await page.getByTestId('report-preview').waitFor();
    await sheetSays(page, 'Jouw voortgang');
    await sheetSays(page, 'Jan van der Berg');
    await screenshot(page, 'report-preview');

    await page.getByTestId('report-audience-referrer').click();
    await sheetSays(page, 'Voortgangsverslag');
    await sheetSays(page, 'Rode vlaggen en opvolging');
    await page.getByTestId('report-lang-en').click();
    await sheetSays(page, 'Progress report');
    await tallScreenshot(page, 'report-preview-referrer-en');
    await expectAccessible(page, 'report-preview-referrer-en');

    await page.getByTestId('report-lang-nl').click();
    await sheetSays(page, 'Voortgangsverslag');
    await page.getByTestId('report-audience-client').click();
    await sheetSays(page, 'Jouw voortgang');
    const closing = 'Hou vol, Jan: kleine stappen tellen.';
    await page.getByTestId('report-closing').fill(closing);
    await sheetSays(page, closing);
    await tallScreenshot(page, 'report-preview-client-nl');
    await expectAccessible(page, 'report-preview-client-nl');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('report-download').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^voortgang-jan-van-der-berg-\d{2}-\d{2}-\d{4}\.pdf$/,
    );
    const pdf = join(workDir, 'report.pdf');
    await download.saveAs(pdf);

    const text = poppler('pdftotext', ['-enc', 'UTF-8', pdf, '-']).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain('Jan van der Berg');
    expect(text).toContain('Jouw voortgang');
    expect(text).toContain(closing);

    const priority = await apiCall<{ decision: { focusDomains: DomainId[] } }>(
      page,
      'GET',
      `/api/clients/${janId}/priority`,
    );
    expect(text).toContain('Waar we samen aan werken');
    const focus = await page.getByTestId('report-focus').innerText();
    for (const domain of priority.json.decision.focusDomains) {
      expect(text).toContain(DOMAINS[domain].name.nl);
      expect(focus).toContain(DOMAINS[domain].name.nl);
    }

    // The newest assessment's scores, as the client reads them: the band
    // in words, then the whole number.
    const assessments = await apiCall<{
      items: { submittedAt: string; domainScores: DomainScores }[];
    }>(page, 'GET', `/api/clients/${janId}/assessments`);
    const latest = assessments.json.items[0];
    expect(assessments.json.items).toHaveLength(3);
    expect(text).toContain(formatDate(latest?.submittedAt as string));
    for (const [domain, { score, band }] of Object.entries(
      latest?.domainScores ?? {},
    )) {
      if (score === null || band === null) continue;
      const shown = `${BAND_LABELS[band].nl} (${roundHalfAwayFromZero(score)})`;
      expect({ domain, found: text.includes(shown) }).toEqual({
        domain,
        found: true,
      });
    }

    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const pagePng = join(SCREENSHOT_DIR, 'report-page-1');
    poppler('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdf,
      pagePng,
    ]);
    expect(existsSync(`${pagePng}.png`)).toBe(true);
    expect(statSync(`${pagePng}.png`).size).toBeGreaterThan(10_000);

    // The report is kept and listed, and downloads again unchanged.
    await page.getByTestId('report-history-row').first().waitFor();
    const listed = await apiCall<{ sizeBytes: number; options: unknown }[]>(
      page,
      'GET',
      `/api/clients/${janId}/reports`,
    );
    expect(listed.json[0]?.options).toMatchObject({
      audience: 'client',
      language: 'nl',
      noteIds: [],
      closing,
    });
    expect(listed.json[0]?.sizeBytes).toBe(statSync(pdf).size);
    const [again] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('report-history-download').first().click(),
    ]);
    const copy = join(workDir, 'again.pdf');
    await again.saveAs(copy);
    expect(statSync(copy).size).toBe(statSync(pdf).size);
    await screenshot(page, 'report-history');
    await expectAccessible(page, 'report-history');
  });

  it.each(['referrer', 'client'] as const)(
    'shows in the %s preview the texts the PDF has, and a draft is not kept',
    async (audience) => {
      await page.goto(`/clienten/${janId}/rapportage`);
      await page.getByTestId('report-preview').waitFor();
      await page.getByTestId(`report-audience-${audience}`).click();
      await sheetSays(
        page,
        audience === 'referrer' ? 'Voortgangsverslag' : 'Jouw voortgang',
      );
      const before = await apiCall<unknown[]>(
        page,
        'GET',
        `/api/clients/${janId}/reports`,
      );
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('report-draft').click(),
      ]);
      const pdf = join(workDir, `draft-${audience}.pdf`);
      await download.saveAs(pdf);
      const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
      const text = fold(poppler('pdftotext', ['-enc', 'UTF-8', pdf, '-']));
      // Every line and table cell of the preview is in the PDF, as written;
      // the radar's own screen controls (scale, table toggle) are not paper.
      const sheet = await page.getByTestId('report-sheet').evaluate((element) =>
        Array.from(element.children)
          .filter((child) => child.tagName !== 'HK-RADAR-CHART')
          .map((child) => (child as HTMLElement).innerText)
          .join('\n'),
      );
      const pieces = sheet
        .split(/[\n\t]/)
        .map(fold)
        .filter(Boolean);
      const missing = pieces.filter((piece) => !text.includes(piece));
      expect(missing).toEqual([]);
      expect(pieces.length).toBeGreaterThan(40);
      if (audience === 'referrer') {
        expect(text).toContain('Dr. A. Smit');
        expect(text).toContain('Pijnklachten: locatie onderrug, duur 3 jaar.');
        expect(text).not.toMatch(/##|\*\*|- \*\*/);
        await tallScreenshot(page, 'report-preview-gp-letter');
        await page.setViewportSize({ width: 360, height: 740 });
        await screenshot(page, 'report-preview-gp-letter-phone');
        await page.setViewportSize({ width: 1280, height: 800 });
      }
      const after = await apiCall<unknown[]>(
        page,
        'GET',
        `/api/clients/${janId}/reports`,
      );
      expect(after.json).toHaveLength(before.json.length);
    },
  );

  it('shows the complaint, the referral and the GP on the client page', async () => {
    await page.goto(`/clienten/${janId}`);
    const block = page.getByTestId('client-referral');
    await waitForText(block, 'Klacht en verwijzing');
    await waitForText(block, 'Huisartsenpraktijk De Linde');
    expect(await block.innerText()).toContain('onderrug');
    await screenshot(page, 'client-referral');
    await page.setViewportSize({ width: 360, height: 740 });
    await screenshot(page, 'client-referral-phone');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('finds a client from the Rapportages page', async () => {
    await page.getByTestId('nav-reports').click();
    await page.waitForURL(/\/rapportages/);
    await page.getByTestId('reports-client-search').fill('berg');
    await waitForText(
      page.getByTestId('reports-client-option'),
      'Jan van der Berg',
    );
    await screenshot(page, 'reports-page');
    await expectAccessible(page, 'reports-page');
    await page
      .getByTestId('reports-client-option')
      .filter({ hasText: 'Jan van der Berg' })
      .click();
    await page.waitForURL(new RegExp(`/clienten/${janId}/rapportage$`));
    await sheetSays(page, 'Jan van der Berg');
  });

  it("exports the client list as CSV with the list's filters", async () => {
    await page.goto('/clienten?search=berg');
    const href = await page.getByTestId('clients-export').getAttribute('href');
    expect(href).toContain('/api/exports/clients.csv?search=berg');
    const csv = await page.request.get(href as string);
    expect(csv.status()).toBe(200);
    const body = await csv.text();
    expect(body).toContain('Berg, Jan van der');
    expect(body).not.toContain('Noor');
  });
});

import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { PortalHome } from '@herstelkompas/contracts';
import { Blank } from '../../../testing/blank';
import { settle } from '../../../testing/build-user';
import { PortalState } from '../portal-state';
import { changeWord, PortalHomePage } from './portal-home';

const HOME: PortalHome = {
  client: { firstName: 'Anna', language: 'nl' },
  practice: {
    practiceName: 'Praktijk Rug',
    practitionerName: 'Sanne',
    practitionerEmail: 'sanne@example.nl',
  },
  domains: [
    { domain: 'sleep', first: 70, latest: 40, change: -30 },
    { domain: 'stress', first: 60, latest: 55, change: -5 },
    { domain: 'breathing', first: 40, latest: 45, change: 5 },
    { domain: 'movement', first: 50, latest: 50, change: 0 },
    { domain: 'nutrition', first: null, latest: 30, change: null },
    { domain: 'immune', first: 20, latest: 20, change: 0 },
  ],
  biggestWin: 'sleep',
  assessedAt: { first: '2026-10-01T10:00:00Z', latest: '2026-11-20T10:00:00Z' },
  focus: {
    domains: [
      {
        domain: 'sleep',
        explanation: { nl: 'Slaap is herstel.', en: 'Sleep is recovery.' },
      },
    ],
    decidedAt: '2026-10-02T10:00:00Z',
  },
  appointments: [],
  reports: [
    { id: 'r-1', generatedAt: '2026-11-21T10:00:00Z', fileName: 'x.pdf' },
  ],
  lessons: { total: 6, read: 2 },
};

describe('PortalHomePage', () => {
  let http: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', component: Blank }]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    await TestBed.inject(Router).navigateByUrl('/portaal');
  });

  async function render(home: PortalHome) {
    const fixture = TestBed.createComponent(PortalHomePage);
    fixture.detectChanges();
    http.expectOne('/api/portal/me').flush(home);
    await settle();
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('names the biggest win before anything else, then the six domains, focus and lessons', async () => {
    const page = await render(HOME);
    const text = page.textContent ?? '';
    expect(text.indexOf('Je grootste vooruitgang: Slaap')).toBeGreaterThan(-1);
    expect(text.indexOf('Je grootste vooruitgang')).toBeLessThan(
      text.indexOf('Je zes domeinen'),
    );
    expect(
      page.querySelectorAll('[data-testid="portal-domains"] li'),
    ).toHaveLength(6);
    expect(text).toContain('minder verstoord');
    expect(text).toContain('Slaap is herstel.');
    expect(text).toContain('2 van 6 lessen gelezen');
    expect(page.querySelector('a[download]')?.getAttribute('href')).toBe(
      '/api/portal/reports/r-1/download',
    );
    expect(TestBed.inject(PortalState).signedIn()).toBe(true);
  });

  it('claims no win and explains what comes when there is no intake yet', async () => {
    const page = await render({
      ...HOME,
      domains: [],
      biggestWin: null,
      focus: null,
      assessedAt: { first: null, latest: null },
    });
    expect(page.querySelector('[data-testid="portal-win"]')).toBeNull();
    expect(page.textContent).toContain('Zodra je je vragenlijst hebt ingevuld');
  });

  it('sends a client whose session ended to the sign-in page, saying why', async () => {
    TestBed.inject(PortalState).signedIn.set(true);
    const fixture = TestBed.createComponent(PortalHomePage);
    fixture.detectChanges();
    http
      .expectOne('/api/portal/me')
      .flush({}, { status: 401, statusText: 'Unauthorized' });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/portaal/inloggen?reden=verlopen');
  });

  it.each([
    [{ domain: 'sleep', first: 50, latest: 40, change: -10 }, 'better'],
    [{ domain: 'sleep', first: 40, latest: 50, change: 10 }, 'worse'],
    [{ domain: 'sleep', first: 40, latest: 40, change: 0 }, 'same'],
    [{ domain: 'sleep', first: null, latest: 40, change: null }, 'unknown'],
  ] as const)('words a change: %o is %s', (row, word) => {
    expect(changeWord(row)).toBe(word);
  });
});

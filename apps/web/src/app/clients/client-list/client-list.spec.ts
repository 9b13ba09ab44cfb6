import { Location } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Blank } from '../../../testing/blank';
import {
  buildClientSummary,
  buildMember,
  pageOf,
} from '../../../testing/build-client';
import { settle } from '../../../testing/build-user';
import { allByTestId, byTestId, byText, wait } from '../../../testing/dom';
import { ClientList } from './client-list';

describe('ClientList', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  const jan = buildClientSummary();
  const fatma = buildClientSummary({
    id: 'c-2',
    firstName: 'Fatma',
    lastName: 'Yılmaz',
    displayName: 'Fatma Yılmaz',
    sortName: 'Yılmaz, Fatma',
    openRedFlagCount: 2,
    latestScores: { stress: 41.5, sleep: 72.5 },
  });

  async function open(url: string): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'clienten', component: ClientList },
          { path: '**', component: Blank },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    // Listen to popstate, as the app's first navigation does, for "back".
    TestBed.inject(Router).initialNavigation();
    await harness.navigateByUrl(url, ClientList);
    http
      .expectOne('/api/practitioners')
      .flush([
        buildMember(),
        buildMember({ id: 'p-2', displayName: 'Thomas Bakker' }),
      ]);
  }

  function listRequest(): TestRequest {
    return http.expectOne((r) => r.url === '/api/clients');
  }

  async function answer(request: TestRequest, body: object): Promise<void> {
    request.flush(body);
    await settle();
    await harness.fixture.whenStable();
  }

  const url = () => TestBed.inject(Router).url;

  afterEach(() => http.verify());

  it('loads what a bookmarked URL asks for and shows the count', async () => {
    await open('/clienten?search=berg&status=paused&sort=-score&page=2');

    const request = listRequest();
    const params = request.request.params;
    expect(params.get('search')).toBe('berg');
    expect(params.get('status')).toBe('paused');
    expect(params.get('sort')).toBe('-score');
    expect(params.get('page')).toBe('2');
    expect(params.get('pageSize')).toBe('25');
    await answer(request, pageOf([jan, fatma], 27, 2));

    expect(byTestId<HTMLInputElement>('client-search')?.value).toBe('berg');
    expect(byTestId('client-count')?.textContent?.trim()).toBe('26-27 van 27');
    const rows = allByTestId('client-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]?.textContent).toContain('Berg, Jan van der');
    expect(rows[0]?.textContent).toContain('Jan van der Berg');
    expect(rows[0]?.querySelector('a')?.getAttribute('href')).toBe(
      '/clienten/c-1',
    );
    expect(rows[1]?.textContent).toContain('2 open rode vlaggen');
    expect(rows[1]?.textContent).toContain('72,5');
  });

  it('marks unread portal messages beside the name, in words for readers', async () => {
    await open('/clienten');
    await answer(
      listRequest(),
      pageOf([
        { ...jan, unreadMessages: 0 },
        { ...fatma, unreadMessages: 2 },
        buildClientSummary({ id: 'c-3', unreadMessages: 1 }),
      ]),
    );

    const rows = allByTestId('client-row');
    expect(rows[0]?.querySelector('hk-unread-badge')).toBeNull();
    const badge = rows[1]?.querySelector('a hk-unread-badge');
    expect(badge?.textContent).toContain('2 nieuwe berichten');
    expect(rows[2]?.querySelector('hk-unread-badge')?.textContent).toContain(
      '1 nieuw bericht',
    );
  });

  it('searches 300 ms after typing stops, from page 1, and keeps it in the URL', async () => {
    await open('/clienten?page=3&sort=-lastActivity');
    await answer(listRequest(), pageOf([jan], 80, 3));

    const search = byTestId<HTMLInputElement>('client-search');
    if (!search) throw new Error('no search box');
    for (const text of ['v', 'va', 'van']) {
      search.value = text;
      search.dispatchEvent(new Event('input'));
    }
    await wait(100);
    http.expectNone((r) => r.url === '/api/clients');

    await wait(300);
    await settle();
    expect(url()).toBe('/clienten?search=van&sort=-lastActivity');
    const request = listRequest();
    expect(request.request.params.get('search')).toBe('van');
    expect(request.request.params.get('page')).toBe('1');
    await answer(request, pageOf([jan]));
  });

  it('follows the back button, search box included', async () => {
    await open('/clienten?search=berg');
    await answer(listRequest(), pageOf([jan]));

    await harness.navigateByUrl('/clienten?search=yil');
    await answer(listRequest(), pageOf([fatma]));
    expect(byTestId<HTMLInputElement>('client-search')?.value).toBe('yil');

    TestBed.inject(Location).back();
    await settle();
    const request = listRequest();
    expect(request.request.params.get('search')).toBe('berg');
    await answer(request, pageOf([jan]));
    expect(byTestId<HTMLInputElement>('client-search')?.value).toBe('berg');
  });

  it('filters on status through the select, back to page 1', async () => {
    await open('/clienten?page=2');
    await answer(listRequest(), pageOf([jan], 30, 2));

    byTestId('filter-status')?.click();
    await harness.fixture.whenStable();
    byText('mat-option', 'Gearchiveerd')?.click();
    await settle();

    expect(url()).toBe('/clienten?status=archived');
    await answer(listRequest(), pageOf([]));
  });

  it('sorts from a column header', async () => {
    await open('/clienten');
    await answer(listRequest(), pageOf([jan, fatma]));

    byText('.mat-sort-header-container', 'Hoogste score')?.click();
    await settle();

    expect(url()).toBe('/clienten?sort=-score');
    await answer(listRequest(), pageOf([fatma, jan]));
  });

  it('invites to add a first client when there are none', async () => {
    await open('/clienten');
    await answer(listRequest(), pageOf([]));

    expect(document.body.textContent).toContain('Nog geen cliënten');
    expect(byTestId('client-count')).toBeNull();
  });

  it('offers to clear the filters when nothing matches them', async () => {
    await open('/clienten?tag=nek&sort=-created');
    await answer(listRequest(), pageOf([]));
    expect(document.body.textContent).toContain('Geen cliënten gevonden');

    byText('hk-empty-state button', 'Filters wissen')?.click();
    await settle();

    expect(url()).toBe('/clienten?sort=-created');
    await answer(listRequest(), pageOf([jan]));
  });

  it('says what went wrong and retries on request', async () => {
    await open('/clienten');
    listRequest().flush(null, { status: 503, statusText: 'x' });
    await settle();
    await harness.fixture.whenStable();

    expect(document.body.textContent).toContain(
      'De cliënten konden niet worden geladen.',
    );
    byText('button', 'Opnieuw proberen')?.click();
    await answer(listRequest(), pageOf([jan]));
    expect(allByTestId('client-row')).toHaveLength(1);
  });
});

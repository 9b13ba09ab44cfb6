import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { SessionNote } from '@herstelkompas/contracts';
import { buildClient } from '../../../testing/build-client';
import { buildUser, settle } from '../../../testing/build-user';
import { AuthStore } from '../../core/auth/auth-store';
import { allByTestId, byTestId, typeInto } from '../../../testing/dom';
import { ClientPageStore } from '../../clients/client-page-store';
import { loadLexer } from '../markdown';
import { SessionList, presetFrom } from './session-list';

const LIST = '/api/clients/c-1/session-notes';

function buildNote(overrides: Partial<SessionNote> = {}): SessionNote {
  return {
    id: 'n-1',
    clientId: 'c-1',
    sessionDate: '2026-11-18T09:00:00.000Z',
    durationMinutes: 60,
    type: 'coaching',
    domains: ['sleep', 'stress'],
    painAtStart: 5,
    text: '## Besproken\n- **slaap** eerst',
    homework: [{ domain: 'sleep', text: 'Vaste bedtijd' }],
    nextSteps: 'Slaapdagboek bespreken',
    includeInReport: true,
    status: 'signed',
    author: { id: 'p-1', displayName: 'Sanne de Vries' },
    signedAt: '2026-11-18T10:15:00.000Z',
    addenda: [],
    version: 2,
    createdAt: '2026-11-18T09:00:00Z',
    updatedAt: '2026-11-18T10:15:00Z',
    ...overrides,
  };
}

describe('SessionList', () => {
  let fixture: ComponentFixture<SessionList>;
  let http: HttpTestingController;

  async function stable(): Promise<void> {
    await settle();
    fixture.detectChanges();
    await settle();
  }

  async function open(
    notes: SessionNote[],
    painFocusOff = false,
    me = buildUser(),
    url = '',
  ) {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        {
          provide: ClientPageStore,
          useValue: { client: signal(buildClient({ painFocusOff })) },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const session = TestBed.inject(AuthStore).loadSession();
    http.expectOne('/api/auth/me').flush(me);
    await session;
    if (url) await TestBed.inject(Router).navigateByUrl(url);
    fixture = TestBed.createComponent(SessionList);
    document.body.appendChild(fixture.nativeElement);
    fixture.detectChanges();
    http.expectOne(LIST).flush(notes);
    await stable();
  }

  afterEach(() => {
    http.verify();
    fixture.nativeElement.remove();
  });

  it('shows a signed note in words, without an edit button', async () => {
    await open([buildNote()]);
    const card = byTestId('note-card');
    expect(card?.textContent).toContain('18-11-2026 10:00');
    expect(card?.textContent).toContain('Coachingsessie');
    expect(byTestId('note-status')?.textContent?.trim()).toBe('Ondertekend');
    expect(byTestId('note-in-report')).not.toBeNull();
    // The Markdown reader loads on first use.
    await loadLexer();
    await stable();
    expect(card?.querySelector('h3 + ul strong')?.textContent).toBe('slaap');
    expect(card?.textContent).toContain('Pijn bij start: 5/10');
    expect(byTestId('note-edit')).toBeNull();
    expect(byTestId('note-addendum')).not.toBeNull();
  });

  it('opens a new note with the date, time, type and length of the appointment ("Sessie starten")', async () => {
    await open(
      [],
      false,
      buildUser(),
      '/?sessie=nieuw&start=2026-12-07T13:15:00.000Z&soort=intake&duur=60',
    );
    expect(byTestId('note-editor')).not.toBeNull();
    expect(byTestId<HTMLInputElement>('note-date')?.value).toBe('07-12-2026');
    expect(byTestId<HTMLInputElement>('note-time')?.value).toBe('14:15');
    expect(byTestId<HTMLInputElement>('note-duration')?.value).toBe('60');
    expect(
      byTestId<HTMLSelectElement>('note-type')?.selectedOptions[0]?.textContent,
    ).toContain('Intake');
  });

  it('hides the pain score when the client has pain focus off', async () => {
    await open([buildNote()], true);
    expect(byTestId('note-card')?.textContent).not.toContain('Pijn bij start');
  });

  it('adds an addendum under a signed note, with author and time', async () => {
    await open([buildNote()]);
    byTestId('note-addendum')?.click();
    await stable();
    typeInto('addendum-text', 'Huisarts gebeld: geen bijzonderheden.');
    byTestId('addendum-save')?.click();
    await stable();

    const request = http.expectOne('/api/session-notes/n-1/addenda');
    expect(request.request.body).toEqual({
      text: 'Huisarts gebeld: geen bijzonderheden.',
    });
    request.flush(
      buildNote({
        addenda: [
          {
            id: 'ad-1',
            text: 'Huisarts gebeld: geen bijzonderheden.',
            author: { id: 'p-1', displayName: 'Sanne de Vries' },
            createdAt: '2026-11-19T08:30:00Z',
          },
        ],
      }),
    );
    await stable();
    const item = byTestId('addendum-item');
    expect(item?.textContent).toContain('19-11-2026 09:30 door Sanne de Vries');
    expect(item?.textContent).toContain('Huisarts gebeld');
    expect(byTestId('addendum-text')).toBeNull();
  });

  it('opens a draft in the editor and shows the API’s 409 when it was signed elsewhere', async () => {
    jest.useFakeTimers({ advanceTimers: true });
    await open([buildNote({ status: 'draft', signedAt: null })]);
    expect(byTestId('note-addendum')).toBeNull();
    byTestId('note-edit')?.click();
    await stable();
    expect(byTestId('note-editor')).not.toBeNull();

    typeInto('note-text', 'Nog een aanvulling op de tekst');
    jest.advanceTimersByTime(1500);
    await stable();
    http.expectOne('/api/session-notes/n-1').flush(
      {
        statusCode: 409,
        code: 'note_signed',
        message: 'Deze notitie is al ondertekend.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await stable();
    jest.useRealTimers();

    expect(byTestId('note-error')?.textContent).toContain(
      'Deze notitie is al ondertekend.',
    );
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(true);
  });

  it("offers no edit on a colleague's draft, not even to the owner: it says whose draft it is", async () => {
    await open(
      [
        buildNote({
          status: 'draft',
          signedAt: null,
          author: { id: 'p-2', displayName: 'Thomas Bakker' },
        }),
      ],
      false,
      buildUser({ id: 'p-1', role: 'owner' }),
    );
    expect(byTestId('note-edit')).toBeNull();
    expect(byTestId('note-addendum')).toBeNull();
    expect(byTestId('note-others-draft')?.textContent).toContain(
      'Alleen Thomas Bakker kan dit concept bewerken en ondertekenen.',
    );
  });

  it('says what to do when there are no notes yet', async () => {
    await open([]);
    expect(byTestId('notes-empty')?.textContent).toContain('Nieuwe notitie');
    expect(allByTestId('note-card')).toHaveLength(0);
  });
});

describe('presetFrom', () => {
  const params = (values: Record<string, string>) => ({
    get: (name: string) => values[name] ?? null,
  });

  it('reads nothing without sessie=nieuw, and falls back on unknown values', () => {
    expect(presetFrom(params({ soort: 'intake' }))).toBeNull();
    const preset = presetFrom(
      params({ sessie: 'nieuw', soort: 'massage', duur: '9999', start: 'x' }),
    );
    expect(preset?.type).toBe('coaching');
    expect(preset?.durationMinutes).toBeNull();
  });
});

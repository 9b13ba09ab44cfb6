import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { SessionNote } from '@herstelkompas/contracts';
import { settle } from '../../testing/intake';
import { NOTE_SAVE_DEBOUNCE_MS, NoteEditorStore } from './note-editor-store';

const CREATE = '/api/clients/c-1/session-notes';
const NOTE = '/api/session-notes/n-1';
const NOW = new Date('2026-11-25T13:30:00Z'); // 14:30 in Amsterdam

function buildNote(overrides: Partial<SessionNote> = {}): SessionNote {
  return {
    id: 'n-1',
    clientId: 'c-1',
    sessionDate: '2026-11-25T13:30:00.000Z',
    durationMinutes: 45,
    type: 'coaching',
    domains: ['sleep'],
    painAtStart: 4,
    text: 'Eerste versie',
    homework: [],
    nextSteps: null,
    includeInReport: false,
    status: 'draft',
    author: { id: 'p-1', displayName: 'Sanne de Vries' },
    signedAt: null,
    addenda: [],
    version: 1,
    createdAt: '2026-11-25T13:31:00Z',
    updatedAt: '2026-11-25T13:31:00Z',
    ...overrides,
  };
}

function failWith(request: TestRequest, status: number, body: object): void {
  request.flush(
    { statusCode: status, error: 'x', ...body },
    { status, statusText: 'x' },
  );
}

describe('NoteEditorStore', () => {
  let store: NoteEditorStore;
  let http: HttpTestingController;

  function open(note: SessionNote | null = null, askPain = true): void {
    store.open({ clientId: 'c-1', note, askPain, now: NOW });
  }

  /** Waits out the debounce and returns the save it sent. */
  function nextSave(): TestRequest {
    jest.advanceTimersByTime(NOTE_SAVE_DEBOUNCE_MS);
    const [request] = http.match((r) => r.url === CREATE || r.url === NOTE);
    if (!request) throw new Error('no save was sent');
    return request;
  }

  beforeEach(() => {
    localStorage.clear();
    jest.useFakeTimers();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        NoteEditorStore,
      ],
    });
    store = TestBed.inject(NoteEditorStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  it('starts a new note now, in Amsterdam time, with the coaching template', () => {
    open();
    expect(store.form().date).toBe('25-11-2026');
    expect(store.form().time).toBe('14:30');
    expect(store.form().text).toContain('## Hoe gaat het sinds de vorige keer');
    expect(store.status()).toBe('idle');
    expect(store.dirty).toBe(false);
  });

  it('creates the note once, 1.5 s after the last change', async () => {
    open();
    store.update({ text: 'Slaap' });
    jest.advanceTimersByTime(1000);
    store.update({ text: 'Slaapt beter' });
    jest.advanceTimersByTime(NOTE_SAVE_DEBOUNCE_MS - 1);
    http.expectNone(CREATE);
    expect(store.status()).toBe('pending');

    const request = nextSave();
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      sessionDate: '2026-11-25T13:30:00.000Z',
      type: 'coaching',
      domains: [],
      text: 'Slaapt beter',
      durationMinutes: null,
      painAtStart: null,
      homework: [],
      nextSteps: null,
      includeInReport: false,
    });
    request.flush(buildNote({ text: 'Slaapt beter' }));
    await settle();
    expect(store.status()).toBe('saved');
    expect(store.note()?.id).toBe('n-1');
  });

  it('patches with the version it is based on and keeps the new version', async () => {
    open(buildNote({ version: 3 }));
    store.update({ durationMinutes: '50' });
    const first = nextSave();
    expect(first.request.method).toBe('PATCH');
    expect(first.request.body).toMatchObject({
      version: 3,
      durationMinutes: 50,
    });
    first.flush(buildNote({ version: 4, durationMinutes: 50 }));
    await settle();

    store.update({ nextSteps: 'Volgende keer ademhaling' });
    const second = nextSave();
    expect(second.request.body).toMatchObject({
      version: 4,
      nextSteps: 'Volgende keer ademhaling',
    });
    second.flush(buildNote({ version: 5 }));
    await settle();
    expect(store.note()?.version).toBe(5);
  });

  it('sends a change made during a save right after it', async () => {
    open(buildNote());
    store.update({ text: 'A' });
    const first = nextSave();
    store.update({ text: 'AB' });
    first.flush(buildNote({ version: 2, text: 'A' }));
    await settle();

    const second = http.expectOne(NOTE);
    expect(second.request.body).toMatchObject({ text: 'AB', version: 2 });
    second.flush(buildNote({ version: 3, text: 'AB' }));
    await settle();
    expect(store.status()).toBe('saved');
    expect(store.dirty).toBe(false);
  });

  it('shows the API message and stops saving when the note was signed meanwhile', async () => {
    open(buildNote());
    store.update({ text: 'Nog iets' });
    failWith(nextSave(), 409, {
      code: 'note_signed',
      message: 'Deze notitie is ondertekend en kan niet meer worden gewijzigd.',
    });
    await settle();
    expect(store.status()).toBe('locked');
    expect(store.error()).toBe(
      'Deze notitie is ondertekend en kan niet meer worden gewijzigd.',
    );

    store.update({ text: 'Nog meer' });
    jest.advanceTimersByTime(NOTE_SAVE_DEBOUNCE_MS * 2);
    http.expectNone(NOTE);
    expect(store.form().text).toBe('Nog meer');
  });

  it('keeps the typed text on a version conflict and can save it over the newest', async () => {
    open(buildNote({ version: 2 }));
    store.update({ text: 'Mijn versie' });
    failWith(nextSave(), 409, {
      code: 'conflict',
      message: 'Iemand anders heeft dit intussen gewijzigd.',
    });
    await settle();
    expect(store.status()).toBe('conflict');
    expect(store.error()).toBe('Iemand anders heeft dit intussen gewijzigd.');
    expect(store.form().text).toBe('Mijn versie');

    const keeping = store.keepMine();
    http
      .expectOne(NOTE)
      .flush(buildNote({ version: 7, text: 'Andere versie' }));
    await settle();
    const save = http.expectOne(NOTE);
    expect(save.request.method).toBe('PATCH');
    expect(save.request.body).toMatchObject({
      version: 7,
      text: 'Mijn versie',
    });
    save.flush(buildNote({ version: 8, text: 'Mijn versie' }));
    await keeping;
    expect(store.status()).toBe('saved');
    expect(store.error()).toBeNull();
  });

  it('can drop the typed text for the newest version after a conflict', async () => {
    open(buildNote({ version: 2 }));
    store.update({ text: 'Mijn versie' });
    failWith(nextSave(), 409, { code: 'conflict', message: 'Gewijzigd.' });
    await settle();

    const taking = store.takeLatest();
    http
      .expectOne(NOTE)
      .flush(buildNote({ version: 7, text: 'Andere versie' }));
    await taking;
    expect(store.form().text).toBe('Andere versie');
    expect(store.dirty).toBe(false);
    expect(store.status()).toBe('saved');
  });

  it('does not send a date it cannot read, and says so', async () => {
    open(buildNote());
    store.update({ date: '31-02-2026' });
    jest.advanceTimersByTime(NOTE_SAVE_DEBOUNCE_MS);
    await settle();
    http.expectNone(NOTE);
    expect(store.status()).toBe('invalid');
    expect(store.fieldErrors()).toEqual({ date: true });

    store.update({ date: '28-02-2026' });
    const request = nextSave();
    expect(request.request.body.sessionDate).toBe('2026-02-28T13:30:00.000Z');
    request.flush(buildNote({ version: 2 }));
    await settle();
  });

  it('keeps failed work and tries again on request', async () => {
    open(buildNote());
    store.update({ text: 'Belangrijk' });
    failWith(nextSave(), 0, {});
    await settle();
    expect(store.status()).toBe('failed');
    expect(store.form().text).toBe('Belangrijk');

    const retry = store.retry();
    http.expectOne(NOTE).flush(buildNote({ version: 2 }));
    await retry;
    expect(store.status()).toBe('saved');
  });

  it('loads homework and next steps from the latest other note', async () => {
    open(buildNote());
    store.update({ homework: [{ domain: 'sleep', text: 'Vaste bedtijd' }] });
    const loading = store.loadPrevious();
    http.expectOne(CREATE).flush([
      buildNote(),
      buildNote({
        id: 'n-0',
        sessionDate: '2026-11-11T09:00:00Z',
        homework: [
          { domain: 'sleep', text: 'Vaste bedtijd' },
          { domain: 'breathing', text: 'Twee keer per dag ademoefening' },
        ],
        nextSteps: 'Slaapdagboek bespreken',
      }),
    ]);
    await expect(loading).resolves.toBe('2026-11-11T09:00:00Z');
    expect(store.form().homework).toEqual([
      { domain: 'sleep', text: 'Vaste bedtijd' },
      { domain: 'breathing', text: 'Twee keer per dag ademoefening' },
    ]);
    expect(store.form().nextSteps).toBe('Slaapdagboek bespreken');
    const save = nextSave();
    save.flush(buildNote({ version: 2 }));
    await settle();
  });

  it('says so when there is no earlier note', async () => {
    open();
    const loading = store.loadPrevious();
    http.expectOne(CREATE).flush([]);
    await expect(loading).resolves.toBeNull();
    expect(store.dirty).toBe(false);
  });

  it('puts a new type’s template into an untouched text, never over typed words', async () => {
    open();
    store.setType('intake');
    expect(store.form().text).toContain('## Hulpvraag');
    store.update({ text: 'Eigen woorden' });
    store.setType('remote');
    expect(store.form().type).toBe('remote');
    expect(store.form().text).toBe('Eigen woorden');
    const save = nextSave();
    save.flush(buildNote());
    await settle();
  });

  it('leaves the pain question alone when the client has pain focus off', async () => {
    open(buildNote(), false);
    store.update({ text: 'x' });
    const save = nextSave();
    expect(save.request.body).not.toHaveProperty('painAtStart');
    save.flush(buildNote({ version: 2 }));
    await settle();
  });

  it('saves what is left before signing, then signs', async () => {
    open(buildNote());
    store.update({ text: 'Laatste zin' });
    const signing = store.sign();
    const save = http.expectOne(NOTE);
    save.flush(buildNote({ version: 2, text: 'Laatste zin' }));
    await settle();
    http
      .expectOne(`${NOTE}/sign`)
      .flush(buildNote({ status: 'signed', signedAt: '2026-11-25T14:00:00Z' }));
    await expect(signing).resolves.toMatchObject({ status: 'signed' });
    expect(store.status()).toBe('locked');
  });
});

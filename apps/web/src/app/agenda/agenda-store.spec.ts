import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { buildAppointment } from '../../testing/build-appointment';
import { AgendaStore } from './agenda-store';

describe('AgendaStore', () => {
  let store: AgendaStore;
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [AgendaStore, provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(AgendaStore);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it("asks for the week's days in Amsterdam and groups the answer by day", async () => {
    const loading = store.load({
      view: 'week',
      date: '2026-12-09',
      who: 'p-1',
    });
    http
      .expectOne(
        '/api/appointments?from=2026-12-07&to=2026-12-13&practitionerId=p-1',
      )
      .flush([
        buildAppointment({ id: 'mon', start: '2026-12-07T08:00:00.000Z' }),
        buildAppointment({
          id: 'sun-late',
          start: '2026-12-13T22:30:00.000Z',
          status: 'cancelled',
        }),
      ]);
    await loading;
    expect(store.status()).toBe('ready');
    expect(store.days().map((d) => d.appointments.map((a) => a.id))).toEqual([
      ['mon'],
      [],
      [],
      [],
      [],
      [],
      // 23:30 on Sunday in Amsterdam: still Sunday; cancelled, so not counted.
      ['sun-late'],
    ]);
    expect(store.count()).toBe(1);
  });

  it('asks for the whole practice without a practitioner filter', async () => {
    const loading = store.load({
      view: 'day',
      date: '2027-03-28',
      who: 'practice',
    });
    http.expectOne('/api/appointments?from=2027-03-28&to=2027-03-28').flush([]);
    await loading;
    expect(store.days()).toEqual([{ date: '2027-03-28', appointments: [] }]);
  });

  it('turns a 409 overlap into a result for the dialog', async () => {
    const booking = store.book({
      clientId: 'c-1',
      start: '2026-12-08T14:30',
      durationMinutes: 45,
      type: 'coaching',
    });
    const overlaps = [
      {
        id: 'a-9',
        start: '2026-12-08T13:00:00.000Z',
        end: '2026-12-08T13:45:00.000Z',
        type: 'coaching',
        practitionerId: 'p-1',
        clientName: 'Kees Jansen',
      },
    ];
    http.expectOne('/api/appointments').flush(
      {
        statusCode: 409,
        code: 'appointment_overlap',
        message: 'overlapt',
        overlaps,
      },
      { status: 409, statusText: 'Conflict' },
    );
    await expect(booking).resolves.toEqual({ kind: 'overlap', overlaps });
  });

  it('sends the version along when the status changes', async () => {
    const loading = store.load({ view: 'day', date: '2026-12-07', who: 'p-1' });
    http
      .expectOne(() => true)
      .flush([buildAppointment({ id: 'a-1', version: 3 })]);
    await loading;
    const changing = store.setStatus('a-1', 'no_show');
    const request = http.expectOne('/api/appointments/a-1');
    expect(request.request.body).toEqual({ status: 'no_show', version: 3 });
    request.flush(buildAppointment({ id: 'a-1', status: 'no_show' }));
    await changing;
    expect(store.appointments()[0]?.status).toBe('no_show');
  });
});

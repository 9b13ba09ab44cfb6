import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type {
  Appointment,
  CreateAppointmentRequest,
  UpdateAppointmentRequest,
} from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { buildAppointment } from '../../../testing/build-appointment';
import { settle } from '../../../testing/build-user';
import { byTestId, typeInto } from '../../../testing/dom';
import type { BookResult } from '../agenda-store';
import { BookDialog, type BookDialogData } from './book-dialog';

describe('BookDialog', () => {
  let book: jest.Mock<Promise<BookResult>, [CreateAppointmentRequest]>;
  let closed: Promise<Appointment | undefined>;

  async function stable(): Promise<void> {
    await settle();
    TestBed.inject(ApplicationRef).tick();
    await settle();
  }

  async function open(): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    book = jest.fn();
    const ref = TestBed.inject(MatDialog).open<
      BookDialog,
      BookDialogData,
      Appointment
    >(BookDialog, {
      data: {
        me: 'p-1',
        practitioners: [],
        client: { id: 'c-1', name: 'Anna de Vries' },
        date: '2026-12-08',
        book,
      },
    });
    closed = firstValueFrom(ref.afterClosed());
    await stable();
  }

  afterEach(() => TestBed.inject(MatDialog).closeAll());

  it('warns about an overlap and books only when the practitioner confirms', async () => {
    await open();
    expect(byTestId<HTMLInputElement>('book-date')?.value).toBe('08-12-2026');
    typeInto('book-time', '14:30');
    book.mockResolvedValueOnce({
      kind: 'overlap',
      overlaps: [
        {
          id: 'a-9',
          start: '2026-12-08T13:00:00.000Z',
          end: '2026-12-08T13:45:00.000Z',
          type: 'coaching',
          practitionerId: 'p-1',
          clientName: null,
        },
      ],
    });
    byTestId('book-save')?.click();
    await stable();

    expect(book).toHaveBeenLastCalledWith({
      clientId: 'c-1',
      start: '2026-12-08T14:30',
      durationMinutes: 45,
      type: 'coaching',
      location: null,
      note: null,
    });
    const warning = byTestId('book-overlap')?.textContent ?? '';
    expect(warning).toContain('overlapt met een andere afspraak');
    expect(warning).toContain('dinsdag 8 december 14:00–14:45');
    expect(warning).toContain('een cliënt van een collega');
    expect(byTestId('book-save')?.textContent).toContain('Toch inplannen');

    const booked = buildAppointment();
    book.mockResolvedValueOnce({ kind: 'booked', appointment: booked });
    byTestId('book-save')?.click();
    await stable();
    expect(book).toHaveBeenLastCalledWith(
      expect.objectContaining({ allowOverlap: true }),
    );
    await expect(closed).resolves.toBe(booked);
  });

  it('shows the API field message under the time (a start in the past)', async () => {
    await open();
    typeInto('book-time', '08:00');
    book.mockRejectedValueOnce(
      new HttpErrorResponse({
        status: 400,
        error: {
          statusCode: 400,
          code: 'validation',
          message: 'Niet alle velden zijn goed ingevuld.',
          details: [
            {
              field: 'start',
              code: 'start_in_past',
              message: 'Kies een begintijd in de toekomst.',
            },
          ],
        },
      }),
    );
    byTestId('book-save')?.click();
    await stable();

    const errors = Array.from(document.querySelectorAll('mat-error')).map((e) =>
      e.textContent?.trim(),
    );
    expect(errors).toEqual(['Kies een begintijd in de toekomst.']);
    expect(byTestId('book-error')?.textContent).toContain(
      'De afspraak is niet gemaakt.',
    );
  });

  it('says what is missing and sends nothing', async () => {
    await open();
    typeInto('book-duration', '500');
    byTestId('book-save')?.click();
    await stable();
    expect(book).not.toHaveBeenCalled();
    const errors = Array.from(document.querySelectorAll('mat-error')).map((e) =>
      e.textContent?.trim(),
    );
    expect(errors).toEqual([
      'Vul een tijd in als uu:mm.',
      'Kies een duur van 5 tot 480 minuten.',
    ]);
  });

  describe('changing an appointment', () => {
    let save: jest.Mock<Promise<BookResult>, [UpdateAppointmentRequest]>;

    async function openChange(appointment: Appointment): Promise<void> {
      localStorage.clear();
      TestBed.configureTestingModule({
        providers: [provideHttpClient(), provideHttpClientTesting()],
      });
      book = jest.fn();
      save = jest.fn();
      const ref = TestBed.inject(MatDialog).open<
        BookDialog,
        BookDialogData,
        Appointment
      >(BookDialog, {
        data: {
          me: 'p-1',
          practitioners: [],
          date: '2026-12-01',
          book,
          change: { appointment, save },
        },
      });
      closed = firstValueFrom(ref.afterClosed());
      await stable();
    }

    it('starts from the appointment as it stands, sends only what changed with its version, and warns about an overlap the same way', async () => {
      const appointment = buildAppointment({
        start: '2026-12-08T09:00:00.000Z',
        location: 'Kamer 1',
        version: 3,
      });
      await openChange(appointment);
      expect(document.body.textContent).toContain('Afspraak wijzigen');
      expect(byTestId<HTMLInputElement>('book-client')?.value).toBe(
        'Anna de Vries',
      );
      expect(byTestId<HTMLInputElement>('book-client')?.readOnly).toBe(true);
      expect(byTestId<HTMLInputElement>('book-date')?.value).toBe('08-12-2026');
      expect(byTestId<HTMLInputElement>('book-time')?.value).toBe('10:00');
      expect(byTestId<HTMLInputElement>('book-location')?.value).toBe(
        'Kamer 1',
      );
      typeInto('book-date', '09-12-2026');
      typeInto('book-time', '15:30');
      typeInto('book-duration', '60');
      save.mockResolvedValueOnce({
        kind: 'overlap',
        overlaps: [
          {
            id: 'a-9',
            start: '2026-12-09T14:00:00.000Z',
            end: '2026-12-09T15:00:00.000Z',
            type: 'coaching',
            practitionerId: 'p-1',
            clientName: 'Bram Jansen',
          },
        ],
      });
      byTestId('book-save')?.click();
      await stable();
      expect(save).toHaveBeenLastCalledWith({
        version: 3,
        start: '2026-12-09T15:30',
        durationMinutes: 60,
      });
      expect(byTestId('book-overlap')?.textContent).toContain('Bram Jansen');
      const moved = buildAppointment({ start: '2026-12-09T14:30:00.000Z' });
      save.mockResolvedValueOnce({ kind: 'booked', appointment: moved });
      byTestId('book-save')?.click();
      await stable();
      expect(save).toHaveBeenLastCalledWith(
        expect.objectContaining({ allowOverlap: true, version: 3 }),
      );
      expect(book).not.toHaveBeenCalled();
      await expect(closed).resolves.toBe(moved);
    });

    it('closes without a request when nothing changed', async () => {
      await openChange(buildAppointment());
      expect(byTestId('book-save')?.textContent).toContain(
        'Wijzigingen opslaan',
      );
      byTestId('book-save')?.click();
      await stable();
      expect(save).not.toHaveBeenCalled();
      await expect(closed).resolves.toBeUndefined();
    });
  });
});

import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type {
  FollowUpScheduleView,
  SetFollowUpScheduleRequest,
} from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { settle } from '../../../testing/build-user';
import { byTestId, typeInto } from '../../../testing/dom';
import { FollowUpDialog, openFollowUpDialog } from './follow-up-dialog';
import { toScheduleRequest } from './follow-up-form';

const VIEW: FollowUpScheduleView = {
  schedule: {
    clientId: 'c-1',
    everyWeeks: 6,
    on: null,
    variant: 'follow_up',
    send: 'email',
    nextDueOn: '2027-01-18',
    nextDueAt: '2027-01-18T07:00:00.000Z',
    createdAt: '2026-12-07T09:00:00.000Z',
    updatedAt: '2026-12-07T09:00:00.000Z',
  },
};

describe('toScheduleRequest', () => {
  const base = {
    mode: 'weeks' as const,
    everyWeeks: '6',
    date: '',
    send: 'email' as const,
  };

  it.each([
    [{ ...base }, { everyWeeks: 6, send: 'email' }],
    [
      { ...base, everyWeeks: ' 52 ' },
      { everyWeeks: 52, send: 'email' },
    ],
    [
      {
        ...base,
        mode: 'date' as const,
        date: '4-1-2027',
        send: 'link' as const,
      },
      { on: '2027-01-04', send: 'link' },
    ],
    [
      { ...base, mode: 'date' as const, date: '07-12-2026' },
      { on: '2026-12-07', send: 'email' },
    ],
  ])('turns %j into %j', (value, request) => {
    expect(toScheduleRequest(value, '2026-12-07')).toEqual({
      ok: true,
      request,
    });
  });

  it.each([
    [
      { ...base, everyWeeks: '0' },
      'everyWeeks',
      'followUps.dialog.errors.weeks',
    ],
    [
      { ...base, everyWeeks: '53' },
      'everyWeeks',
      'followUps.dialog.errors.weeks',
    ],
    [
      { ...base, everyWeeks: '1,5' },
      'everyWeeks',
      'followUps.dialog.errors.weeks',
    ],
    [
      { ...base, everyWeeks: '' },
      'everyWeeks',
      'followUps.dialog.errors.weeks',
    ],
    [
      { ...base, mode: 'date' as const, date: '30-02-2027' },
      'date',
      'followUps.dialog.errors.date',
    ],
    [
      { ...base, mode: 'date' as const, date: '06-12-2026' },
      'date',
      'followUps.dialog.errors.past',
    ],
  ])('refuses %j on %s', (value, field, key) => {
    expect(toScheduleRequest(value, '2026-12-07')).toEqual({
      ok: false,
      errors: { [field]: key },
    });
  });
});

describe('FollowUpDialog', () => {
  let save: jest.Mock<
    Promise<FollowUpScheduleView>,
    [SetFollowUpScheduleRequest]
  >;
  let closed: Promise<FollowUpScheduleView | undefined>;

  async function stable(): Promise<void> {
    await settle();
    TestBed.inject(ApplicationRef).tick();
    await settle();
  }

  async function open(email: string | null = 'anna@example.nl'): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    save = jest.fn();
    const ref = openFollowUpDialog(TestBed.inject(MatDialog), {
      client: { id: 'c-1', email },
      current: null,
      save,
    });
    expect(ref.componentInstance).toBeInstanceOf(FollowUpDialog);
    closed = firstValueFrom(ref.afterClosed());
    await stable();
  }

  afterEach(() => TestBed.inject(MatDialog).closeAll());

  it('saves "every 6 weeks by e-mail" by default and closes with the answer', async () => {
    await open();
    expect(byTestId<HTMLInputElement>('follow-up-weeks')?.value).toBe('6');
    save.mockResolvedValueOnce(VIEW);
    byTestId('follow-up-save')?.click();
    await stable();
    expect(save).toHaveBeenCalledWith({ everyWeeks: 6, send: 'email' });
    await expect(closed).resolves.toEqual(VIEW);
  });

  it('switches to a date, says what is wrong in Dutch, and sends nothing until it is right', async () => {
    await open();
    byTestId('follow-up-mode-date')?.querySelector('input')?.click();
    await stable();
    typeInto('follow-up-date', '01-01-2000');
    byTestId('follow-up-save')?.click();
    await stable();
    expect(save).not.toHaveBeenCalled();
    expect(byTestId('follow-up-date-error')?.textContent?.trim()).toBe(
      'Kies vandaag of een datum in de toekomst.',
    );
    typeInto('follow-up-date', '04-01-2099');
    save.mockResolvedValueOnce(VIEW);
    byTestId('follow-up-save')?.click();
    await stable();
    expect(save).toHaveBeenCalledWith({ on: '2099-01-04', send: 'email' });
  });

  it('offers only the link without an e-mail address', async () => {
    await open(null);
    expect(byTestId('follow-up-send-email')).toBeNull();
    save.mockResolvedValueOnce(VIEW);
    byTestId('follow-up-save')?.click();
    await stable();
    expect(save).toHaveBeenCalledWith({ everyWeeks: 6, send: 'link' });
  });

  it("shows the API's field message on the field and keeps the dialog open", async () => {
    await open();
    typeInto('follow-up-weeks', '8');
    save.mockRejectedValueOnce(
      new HttpErrorResponse({
        status: 400,
        error: {
          statusCode: 400,
          error: 'Bad Request',
          code: 'validation',
          message: 'Controleer de invoer.',
          details: [
            {
              field: 'everyWeeks',
              code: 'out_of_range',
              message: 'Buiten bereik.',
            },
          ],
        },
      }),
    );
    byTestId('follow-up-save')?.click();
    await stable();
    expect(byTestId('follow-up-weeks-error')?.textContent?.trim()).toBe(
      'Buiten bereik.',
    );
    expect(byTestId('follow-up-failure')).not.toBeNull();
    expect(byTestId('follow-up-save')).not.toBeNull();
  });
});

import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { FollowUpSchedule } from '@herstelkompas/contracts';
import { settle } from '../../../testing/build-user';
import { byTestId } from '../../../testing/dom';
import { FollowUpBlock } from './follow-up-block';

describe('FollowUpBlock', () => {
  let http: HttpTestingController;
  const schedule: FollowUpSchedule = {
    clientId: 'c-1',
    everyWeeks: 6,
    on: null,
    variant: 'follow_up',
    send: 'email',
    nextDueOn: '2099-01-04',
    nextDueAt: '2099-01-04T07:00:00.000Z',
    createdAt: '2026-12-07T09:00:00.000Z',
    updatedAt: '2026-12-07T09:00:00.000Z',
  };

  async function render(view: { schedule: FollowUpSchedule | null }) {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(FollowUpBlock);
    fixture.componentRef.setInput('client', {
      id: 'c-1',
      email: 'anna@example.nl',
      status: 'active',
    });
    fixture.detectChanges();
    http.expectOne('/api/clients/c-1/follow-up-schedule').flush(view);
    await settle();
    await fixture.whenStable();
    return fixture;
  }

  afterEach(() => http.verify());

  it('shows the next follow-up as a Dutch day, with its rule', async () => {
    await render({ schedule });
    expect(byTestId('follow-up-next')?.textContent?.trim()).toBe(
      'Volgende vervolgmeting: zondag 4 januari 2099',
    );
    expect(byTestId('follow-up-rule')?.textContent?.trim()).toBe(
      'Elke 6 weken · 08:00 · per e-mail naar anna@example.nl',
    );
    expect(byTestId('follow-up-edit')?.textContent).toContain('Wijzigen');
  });

  it('says none is planned and offers to plan one', async () => {
    await render({ schedule: null });
    expect(byTestId('follow-up-next')?.textContent?.trim()).toBe(
      'Geen vervolgmeting gepland.',
    );
    expect(byTestId('follow-up-stop')).toBeNull();
    expect(byTestId('follow-up-edit')?.textContent).toContain(
      'Vervolgmeting plannen',
    );
  });

  it('stops the schedule', async () => {
    const fixture = await render({ schedule });
    byTestId('follow-up-stop')?.click();
    const stop = http.expectOne('/api/clients/c-1/follow-up-schedule');
    expect(stop.request.method).toBe('DELETE');
    stop.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    await fixture.whenStable();
    expect(byTestId('follow-up-next')?.textContent?.trim()).toBe(
      'Geen vervolgmeting gepland.',
    );
  });
});

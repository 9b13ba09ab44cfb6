import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ClientCheckIns } from '@herstelkompas/contracts';
import { checkInSeries } from '@herstelkompas/domain';
import { settle } from '../../../testing/build-user';
import { CheckInTrends } from './check-in-trends';

const values = (pain: number) => ({
  painNow: pain,
  movementSafety: 6,
  domains: {
    stress: 5,
    breathing: 4,
    movement: 6,
    nutrition: 3,
    sleep: 5,
    immune: 2,
  },
});

describe('CheckInTrends', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  async function render(body: ClientCheckIns) {
    const fixture = TestBed.createComponent(CheckInTrends);
    fixture.componentRef.setInput('clientId', 'c-1');
    fixture.detectChanges();
    http.expectOne('/api/clients/c-1/check-ins').flush(body);
    await settle();
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('labels the charts as self-reported check-ins, apart from the intake scores', async () => {
    const page = await render({
      checkIns: [],
      dailyLogs: [],
      series: checkInSeries([
        { ...values(6), at: '2026-11-23T09:00:00Z' },
        { ...values(4), at: '2026-11-30T09:00:00Z' },
      ]),
      lastCheckInAt: '2026-11-30T09:00:00Z',
    });
    expect(page.textContent).toContain('Check-ins (eigen inschatting)');
    expect(page.textContent).toContain('geen gevalideerde intakescores');
    expect(page.textContent).toContain('Laatste check-in: 30-11-2026');
    expect(
      page.querySelectorAll('[data-testid="check-in-trends"] section'),
    ).toHaveLength(8);
  });

  it('stays out of the overview while there is no check-in or daily log', async () => {
    const page = await render({
      checkIns: [],
      dailyLogs: [],
      series: checkInSeries([]),
      lastCheckInAt: null,
    });
    expect(page.hasAttribute('hidden')).toBe(true);
    expect(page.querySelector('[data-testid="check-in-trends"]')).toBeNull();
  });
});

import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { buildReview } from '../../../testing/assessment';
import { buildClient } from '../../../testing/build-client';
import { settle } from '../../../testing/build-user';
import { byTestId, waitFor } from '../../../testing/dom';
import { RedFlagBanner } from './red-flag-banner';
import { RedFlagsStore } from './red-flags-store';

describe('RedFlagBanner', () => {
  let http: HttpTestingController;
  const review = buildReview();

  async function render(latestScores: Record<string, number> | null) {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        RedFlagsStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(RedFlagBanner);
    fixture.componentRef.setInput('client', buildClient({ latestScores }));
    await fixture.whenStable();
    return fixture;
  }

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    http.verify();
  });

  it('asks nothing for a client without an assessment', async () => {
    await render(null);
    http.expectNone('/api/clients/c-1/red-flags');
    expect(byTestId('red-flag-banner')).toBeNull();
  });

  it('lists each open flag with condition, urgency in words and date', async () => {
    const fixture = await render({ stress: 50 });
    http.expectOne('/api/clients/c-1/red-flags').flush([review]);
    await settle();
    await fixture.whenStable();
    const text = byTestId('red-flag-banner')?.textContent ?? '';
    expect(text).toContain('1 open rode vlag');
    expect(text).toContain('Maligniteit');
    expect(text).toContain('Overleg met de huisarts');
    expect(text).toContain('Gemeld op 22-11-2026');
  });

  it('records the action and keeps the flag, folded, with who, when and what', async () => {
    const fixture = await render({ stress: 50 });
    http.expectOne('/api/clients/c-1/red-flags').flush([review]);
    await settle();
    await fixture.whenStable();

    byTestId('ack-rf-1')?.click();
    await waitFor(() => byTestId('ack-confirm') !== null);
    // ngModel sets the radio group up a tick after the dialog appears.
    await settle();
    byTestId('ack-action-gp_called')?.querySelector('input')?.click();
    await settle();
    byTestId('ack-confirm')?.click();
    await settle();
    const request = http.expectOne('/api/red-flags/rf-1/acknowledge');
    expect(request.request.body).toEqual({ action: 'gp_called' });
    request.flush({
      ...review,
      acknowledged: {
        at: '2026-11-25T10:15:00Z',
        by: { id: 'p-1', displayName: 'Sanne de Vries' },
        action: 'gp_called',
        note: null,
      },
    });
    await waitFor(() => byTestId('red-flag-banner') === null);

    byTestId('red-flags-handled')?.click();
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toContain(
      '25-11-2026 11:15, Sanne de Vries: Huisarts gebeld',
    );
  });
});

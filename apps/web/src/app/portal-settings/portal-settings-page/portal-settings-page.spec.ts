import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { PracticeLessons } from '@herstelkompas/contracts';
import { settle } from '../../../testing/build-user';
import { byTestId, typeInto } from '../../../testing/dom';
import { PortalSettingsPage } from './portal-settings-page';

describe('PortalSettingsPage', () => {
  const lessons = (hidden = false): PracticeLessons => ({
    builtin: [
      {
        id: 'scans',
        title: { nl: 'Een scan vertelt niet alles', en: 'A scan' },
        summary: { nl: 'x', en: 'x' },
        minutes: 3,
        hidden,
      },
    ],
    own: [],
    canEdit: true,
  });

  async function open() {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(PortalSettingsPage);
    fixture.detectChanges();
    http.expectOne('/api/practice/lessons').flush(lessons());
    await settle();
    fixture.detectChanges();
    return { http, fixture };
  }

  it('hides one of our lessons with its switch and says so', async () => {
    const { http, fixture } = await open();
    (
      byTestId('lesson-toggle-scans')?.querySelector('button') as HTMLElement
    ).click();
    const put = http.expectOne('/api/practice/lessons/builtin/scans');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ hidden: true });
    put.flush(lessons(true));
    await settle();
    fixture.detectChanges();
    expect(byTestId('portal-settings-notice')?.textContent).toContain(
      '"Een scan vertelt niet alles" is verborgen voor je cliënten.',
    );
    http.verify();
  });

  it('writes a lesson with a preview, and shows the server’s field message under its field', async () => {
    const { http, fixture } = await open();
    byTestId('lesson-add')?.click();
    fixture.detectChanges();
    typeInto('lesson-title', 'Slapen met pijn');
    typeInto('lesson-body', '## Drie dingen\n\n**rustig** aan');
    await settle();
    fixture.detectChanges();
    await settle();
    fixture.detectChanges();
    expect(byTestId('lesson-preview')?.querySelector('h3')?.textContent).toBe(
      'Drie dingen',
    );
    (byTestId('lesson-save') as HTMLElement).click();
    const post = http.expectOne('/api/practice/lessons');
    expect(post.request.body).toEqual({
      title: 'Slapen met pijn',
      minutes: 3,
      body: '## Drie dingen\n\n**rustig** aan',
    });
    post.flush(
      {
        statusCode: 400,
        code: 'validation',
        message: 'Controleer de velden.',
        details: [
          { field: 'title', code: 'maxLength', message: 'Te lang, echt.' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    fixture.detectChanges();
    expect(fixture.nativeElement.textContent).toContain('Te lang, echt.');
    http.verify();
  });
});

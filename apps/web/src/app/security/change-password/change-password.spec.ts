import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { settle } from '../../../testing/build-user';
import { byTestId, typeInto } from '../../../testing/dom';
import { ChangePassword } from './change-password';

describe('ChangePassword', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function submit(
    fixture: ReturnType<typeof TestBed.createComponent>,
  ): Promise<void> {
    (document.querySelector('button[type=submit]') as HTMLElement).click();
    await settle();
    fixture.detectChanges();
  }

  it('asks for the new password twice and says so at the field when they differ', async () => {
    const fixture = TestBed.createComponent(ChangePassword);
    document.body.appendChild(fixture.nativeElement);
    fixture.detectChanges();

    typeInto('current-password', 'herstel-demo-2026');
    typeInto('new-password', 'een lange zin van woorden');
    typeInto('repeat-password', 'een lange zin van woorde');
    await submit(fixture);

    expect(byTestId('field-error-repeat')?.textContent?.trim()).toBe(
      'De twee wachtwoorden zijn niet hetzelfde.',
    );
    http.expectNone('/api/auth/password');
    fixture.nativeElement.remove();
  });

  it('sends the current and new password, not the repeat, once both match', async () => {
    const fixture = TestBed.createComponent(ChangePassword);
    document.body.appendChild(fixture.nativeElement);
    fixture.detectChanges();

    typeInto('current-password', 'herstel-demo-2026');
    typeInto('new-password', 'een lange zin van woorden');
    typeInto('repeat-password', 'een lange zin van woorden');
    await submit(fixture);

    expect(byTestId('field-error-repeat')).toBeNull();
    const request = http.expectOne('/api/auth/password');
    expect(request.request.body).toEqual({
      currentPassword: 'herstel-demo-2026',
      newPassword: 'een lange zin van woorden',
    });
    request.flush(null, { status: 204, statusText: 'No Content' });
    fixture.nativeElement.remove();
  });
});

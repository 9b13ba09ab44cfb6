import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { buildUser } from '../../testing/build-user';
import { AuthStore } from '../core/auth/auth-store';
import { SettingsPage } from './settings-page';

describe('SettingsPage', () => {
  async function render(role: 'owner' | 'practitioner'): Promise<HTMLElement> {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const http = TestBed.inject(HttpTestingController);
    const session = TestBed.inject(AuthStore).loadSession();
    http.expectOne('/api/auth/me').flush(buildUser({ role }));
    await session;
    const fixture = TestBed.createComponent(SettingsPage);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('offers the owner the whole practice as a download, with care advice', async () => {
    const page = await render('owner');
    const link = page.querySelector(
      '[data-testid="practice-export"]',
    ) as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/api/practice/export');
    expect(link.hasAttribute('download')).toBe(true);
    expect(page.textContent).toContain('Praktijkexport downloaden');
    expect(page.textContent).toContain('Bewaar het versleuteld');
  });

  it('does not offer it to a practitioner', async () => {
    const page = await render('practitioner');
    expect(page.querySelector('[data-testid="practice-export"]')).toBeNull();
  });
});

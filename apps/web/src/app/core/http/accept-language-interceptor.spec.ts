import {
  HttpClient,
  provideHttpClient,
  withInterceptors,
} from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { I18n } from '../i18n/i18n';
import { acceptLanguageInterceptor } from './accept-language-interceptor';

describe('acceptLanguageInterceptor', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([acceptLanguageInterceptor])),
        provideHttpClientTesting(),
      ],
    });
  });

  it('sends the current language with every request', async () => {
    const client = TestBed.inject(HttpClient);
    const http = TestBed.inject(HttpTestingController);

    client.get('/api/health').subscribe();
    expect(
      http.expectOne('/api/health').request.headers.get('Accept-Language'),
    ).toBe('nl');

    await TestBed.inject(I18n).use('en');
    client.get('/api/health').subscribe();
    expect(
      http.expectOne('/api/health').request.headers.get('Accept-Language'),
    ).toBe('en');
    http.verify();
  });
});

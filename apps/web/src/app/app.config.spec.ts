import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { startSignedInPage } from './app.config';

describe('startSignedInPage', () => {
  afterEach(() => history.pushState({}, '', '/'));

  function startAt(path: string): HttpTestingController {
    history.pushState({}, '', path);
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    TestBed.runInInjectionContext(startSignedInPage);
    return TestBed.inject(HttpTestingController);
  }

  it.each(['/clienten', '/clienten/abc', '/vandaag', '/'])(
    'asks for the session as the app starts on %s',
    (path) => {
      const http = startAt(path);
      http.expectOne('/api/auth/me');
      http.verify();
    },
  );

  it.each(['/login', '/intake/abc', '/portaal/welkom', '/wachtwoord-vergeten'])(
    'leaves %s alone: it has no session to ask for',
    (path) => {
      const http = startAt(path);
      http.expectNone('/api/auth/me');
      http.verify();
    },
  );
});

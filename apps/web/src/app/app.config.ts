import { APP_BASE_HREF } from '@angular/common';
import {
  provideHttpClient,
  withFetch,
  withInterceptors,
  withXsrfConfiguration,
} from '@angular/common/http';
import {
  type ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS } from '@angular/material/form-field';
import {
  TitleStrategy,
  provideRouter,
  withComponentInputBinding,
  withInMemoryScrolling,
} from '@angular/router';
import { XSRF_COOKIE, XSRF_HEADER } from '@herstelkompas/contracts';
import { appRoutes } from './app.routes';
import { acceptLanguageInterceptor } from './core/http/accept-language-interceptor';
import { sessionExpiredInterceptor } from './core/http/session-expired-interceptor';
import { I18n } from './core/i18n/i18n';
import { TranslatedTitleStrategy } from './core/i18n/translated-title-strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    // A browser that chose English gets its texts before the first render.
    provideAppInitializer(() => inject(I18n).ready()),
    // index.html has no <base> element (the CSP says base-uri 'none'); the
    // router gets its root here and the build writes absolute asset URLs.
    { provide: APP_BASE_HREF, useValue: '/' },
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'enabled' }),
    ),
    { provide: TitleStrategy, useExisting: TranslatedTitleStrategy },
    provideHttpClient(
      withFetch(),
      // The API sets a readable XSRF-TOKEN cookie; HttpClient echoes it on
      // every mutating same-origin request.
      withXsrfConfiguration({
        cookieName: XSRF_COOKIE,
        headerName: XSRF_HEADER,
      }),
      withInterceptors([acceptLanguageInterceptor, sessionExpiredInterceptor]),
    ),
    {
      provide: MAT_FORM_FIELD_DEFAULT_OPTIONS,
      useValue: { appearance: 'outline' },
    },
  ],
};

import { APP_BASE_HREF } from '@angular/common';
import {
  provideHttpClient,
  withFetch,
  withInterceptors,
  withXsrfConfiguration,
} from '@angular/common/http';
import {
  type ApplicationConfig,
  DOCUMENT,
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
import { AuthStore } from './core/auth/auth-store';
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
    provideAppInitializer(startSignedInPage),
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

/**
 * A page inside the signed-in shell waits for the session check and for the
 * shell's chunks, and the router only asks for them once it has the page's
 * own chunks. Started here, as soon as the app runs, the three overlap: on a
 * phone on a slow network that is a round trip or two earlier on screen.
 * The router's own requests reuse these (one `/me` per session, one module
 * per chunk). Pages outside the shell (sign-in, intake, portal) skip this.
 */
export function startSignedInPage(): void {
  const segment = inject(DOCUMENT).location.pathname.split('/')[1] ?? '';
  const outsideShell = appRoutes.some(
    (route) => route.path && route.path.split('/')[0] === segment,
  );
  if (outsideShell) return;
  void inject(AuthStore).loadSession();
  void import('./shell/shell');
}

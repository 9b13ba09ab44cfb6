import type { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { I18n } from '../i18n/i18n';

/** Tells the API which language to answer error messages and texts in. */
export const acceptLanguageInterceptor: HttpInterceptorFn = (request, next) => {
  if (request.headers.has('Accept-Language')) return next(request);
  const language = inject(I18n).language();
  return next(request.clone({ setHeaders: { 'Accept-Language': language } }));
};

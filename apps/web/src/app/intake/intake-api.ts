import { API_PATHS } from '@herstelkompas/contracts';
import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  DraftSaved,
  IntakeConsentRequest,
  IntakeState,
  IntakeSubmitted,
  Language,
  SaveDraftRequest,
  SubmitIntakeRequest,
  VerifyIntakeRequest,
} from '@herstelkompas/contracts';

const BASE = API_PATHS.intake;

/**
 * The public intake endpoints, as HTTP calls only. Every call names the
 * intake's language itself: the API answers its messages in it, whatever the
 * practitioner app's language on this device is.
 */
@Injectable({ providedIn: 'root' })
export class IntakeApi {
  private readonly http = inject(HttpClient);

  load(token: string, language: Language) {
    return this.http.get<IntakeState>(url(token), options(language));
  }

  verify(token: string, request: VerifyIntakeRequest, language: Language) {
    return this.http.post<void>(
      url(token, 'verify'),
      request,
      options(language),
    );
  }

  consent(token: string, request: IntakeConsentRequest, language: Language) {
    return this.http.post<void>(
      url(token, 'consent'),
      request,
      options(language),
    );
  }

  saveDraft(token: string, request: SaveDraftRequest, language: Language) {
    return this.http.put<DraftSaved>(
      url(token, 'draft'),
      request,
      options(language),
    );
  }

  submit(token: string, request: SubmitIntakeRequest, language: Language) {
    return this.http.post<IntakeSubmitted>(
      url(token, 'submit'),
      request,
      options(language),
    );
  }
}

function url(token: string, action?: string): string {
  const base = `${BASE}/${encodeURIComponent(token)}`;
  return action ? `${base}/${action}` : base;
}

function options(language: Language) {
  return { headers: new HttpHeaders({ 'Accept-Language': language }) };
}

import { API_PATHS } from '@herstelkompas/contracts';
import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  MailSettings,
  Outbox,
  UpdateMailSettingsRequest,
} from '@herstelkompas/contracts';

/** The practice's mail: the outbox and the reminder setting. HTTP only. */
@Injectable({ providedIn: 'root' })
export class MailApi {
  private readonly http = inject(HttpClient);

  outbox() {
    return this.http.get<Outbox>(API_PATHS.outbox);
  }

  settings() {
    return this.http.get<MailSettings>(API_PATHS.mailSettings);
  }

  updateSettings(settings: UpdateMailSettingsRequest) {
    return this.http.patch<MailSettings>(API_PATHS.mailSettings, settings);
  }
}

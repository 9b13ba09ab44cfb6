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
    return this.http.get<Outbox>('/api/practice/outbox');
  }

  settings() {
    return this.http.get<MailSettings>('/api/practice/mail-settings');
  }

  updateSettings(settings: UpdateMailSettingsRequest) {
    return this.http.patch<MailSettings>(
      '/api/practice/mail-settings',
      settings,
    );
  }
}

import { API_PATHS } from '@herstelkompas/contracts';
import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { HomeView } from '@herstelkompas/contracts';

/** The home view; HTTP only. */
@Injectable({ providedIn: 'root' })
export class TodayApi {
  private readonly http = inject(HttpClient);

  home(followUpWeeks: number) {
    return this.http.get<HomeView>(API_PATHS.home, {
      params: { followUpWeeks },
    });
  }
}

import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_PATHS,
  type CurrentUser,
  type PracticeProfile,
  type PracticeProfileRequest,
  type UpdatePreferencesRequest,
} from '@herstelkompas/contracts';

/** Instellingen → Praktijk: the profile, its logo and one's own signature. HTTP only. */
@Injectable({ providedIn: 'root' })
export class PracticeApi {
  private readonly http = inject(HttpClient);

  profile() {
    return this.http.get<PracticeProfile>(API_PATHS.practiceProfile);
  }

  save(profile: PracticeProfileRequest) {
    return this.http.put<PracticeProfile>(API_PATHS.practiceProfile, profile);
  }

  /** The file's bytes as they are, with its own type (PNG or JPEG). */
  uploadLogo(file: Blob) {
    return this.http.put<PracticeProfile>(API_PATHS.practiceLogo, file, {
      headers: { 'Content-Type': file.type },
    });
  }

  removeLogo() {
    return this.http.delete<void>(API_PATHS.practiceLogo);
  }

  /** The logo's address; its date makes a new logo a new address. */
  logoUrl(updatedAt: string): string {
    return `${API_PATHS.practiceLogo}?v=${encodeURIComponent(updatedAt)}`;
  }

  saveSignature(
    signature: Pick<UpdatePreferencesRequest, 'profession' | 'registration'>,
  ) {
    return this.http.patch<CurrentUser>(API_PATHS.preferences, signature);
  }
}

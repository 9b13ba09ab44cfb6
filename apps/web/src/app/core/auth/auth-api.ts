import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_PATHS,
  type ChangePasswordRequest,
  type CurrentUser,
  type LoginRequest,
  type LoginResponse,
  type MfaLoginRequest,
  type PasswordResetConfirmRequest,
  type PasswordResetRequest,
  type SetPasswordRequest,
  type UpdatePreferencesRequest,
} from '@herstelkompas/contracts';

/** The auth endpoints, as HTTP calls only; state lives in AuthStore. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  me() {
    return this.http.get<CurrentUser>(API_PATHS.me);
  }

  login(request: LoginRequest) {
    return this.http.post<LoginResponse>(API_PATHS.login, request);
  }

  /** The second step; the pending sign-in travels as an httpOnly cookie. */
  loginMfa(request: MfaLoginRequest) {
    return this.http.post<CurrentUser>(API_PATHS.loginMfa, request);
  }

  changePassword(request: ChangePasswordRequest) {
    return this.http.post<void>(API_PATHS.password, request);
  }

  logout() {
    return this.http.post<void>(API_PATHS.logout, null);
  }

  /** Public: the invitation token is the proof. 204, or 400 invitation_invalid. */
  setPassword(request: SetPasswordRequest) {
    return this.http.post<void>(API_PATHS.setPassword, request);
  }

  /** Public: always 202, whether or not the address has an account. */
  requestPasswordReset(request: PasswordResetRequest) {
    return this.http.post<unknown>(API_PATHS.passwordReset, request);
  }

  /** Public: the reset token is the proof. 204, or 400 reset_invalid. */
  confirmPasswordReset(request: PasswordResetConfirmRequest) {
    return this.http.post<void>(API_PATHS.passwordResetConfirm, request);
  }

  updatePreferences(request: UpdatePreferencesRequest) {
    return this.http.patch<unknown>(API_PATHS.preferences, request);
  }
}

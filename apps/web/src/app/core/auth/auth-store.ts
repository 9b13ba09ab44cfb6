import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import type {
  CurrentUser,
  Language,
  LoginRequest,
  MfaLoginRequest,
} from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { I18n } from '../i18n/i18n';
import { AuthApi } from './auth-api';

/** Who is signed in. The session itself is an httpOnly cookie. */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly api = inject(AuthApi);
  private readonly i18n = inject(I18n);
  private readonly router = inject(Router);

  private readonly state = signal<CurrentUser | null>(null);
  // Set once /me has answered, so guards ask the server only once.
  private session?: Promise<CurrentUser | null>;

  readonly user = this.state.asReadonly();
  readonly isOwner = computed(
    () => this.state()?.practitioner.role === 'owner',
  );

  /** The signed-in user, asking `/api/auth/me` the first time only. */
  loadSession(): Promise<CurrentUser | null> {
    this.session ??= firstValueFrom(this.api.me()).then(
      async (user) => {
        await this.signedIn(user);
        return user;
      },
      (error: unknown) => {
        // Only a 401 is an answer; after a network error, ask again next time.
        if (!(error instanceof HttpErrorResponse && error.status === 401)) {
          this.session = undefined;
        }
        return null;
      },
    );
    return this.session;
  }

  /** The password step: the user, or 'mfa' when a code must follow. */
  async login(request: LoginRequest): Promise<CurrentUser | 'mfa'> {
    const answer = await firstValueFrom(this.api.login(request));
    if ('mfaRequired' in answer) return 'mfa';
    await this.accept(answer);
    return answer;
  }

  async loginWithCode(request: MfaLoginRequest): Promise<CurrentUser> {
    const user = await firstValueFrom(this.api.loginMfa(request));
    await this.accept(user);
    return user;
  }

  /** Asks the server again, e.g. after setting up two-step sign-in. */
  async refresh(): Promise<CurrentUser | null> {
    this.session = undefined;
    return this.loadSession();
  }

  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.api.logout());
    } catch {
      // The server may have ended the session already; sign out here anyway.
    }
    this.clear();
    await this.router.navigate(['/login'], {
      queryParams: { reason: 'signed-out' },
    });
  }

  /** Forget the user locally, e.g. when the server says the session ended. */
  clear(): void {
    this.state.set(null);
    this.session = Promise.resolve(null);
  }

  /** Switch the language and, when signed in, remember it on the server. */
  changeLanguage(language: Language): void {
    void this.i18n.use(language);
    const user = this.state();
    if (!user || user.practitioner.language === language) return;
    this.state.set({
      ...user,
      practitioner: { ...user.practitioner, language },
    });
    // Fire and forget: the local choice already holds if this fails.
    this.api
      .updatePreferences({ language })
      .subscribe({ error: () => undefined });
  }

  private async accept(user: CurrentUser): Promise<void> {
    this.session = Promise.resolve(user);
    await this.signedIn(user);
  }

  /** Resolves once the account's language shows, before any page opens. */
  private signedIn(user: CurrentUser): Promise<void> {
    this.state.set(user);
    // The language stored with the account wins over this browser's choice.
    return this.i18n.use(user.practitioner.language);
  }
}

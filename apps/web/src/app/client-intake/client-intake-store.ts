import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  CreateInvitationRequest,
  CreatedInvitation,
  IntakeInvitation,
} from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { ErrorMessage } from '../core/http/error-message';
import { ClientIntakeApi } from './client-intake-api';
import { isOpen, validityInDays } from './invitation-status';

type LoadState =
  | { status: 'idle' | 'loading' | 'ready' }
  | { status: 'error'; message: string };

const newestFirst = (a: IntakeInvitation, b: IntakeInvitation) =>
  b.createdAt.localeCompare(a.createdAt);

/**
 * One client's intake links. Shared by the send button and the list, so a
 * new link shows up in the list at once: provide it where both live.
 */
@Injectable()
export class ClientIntakeStore {
  private readonly api = inject(ClientIntakeApi);
  private readonly errors = inject(ErrorMessage);
  private readonly state = signal<LoadState>({ status: 'idle' });
  private readonly list = signal<readonly IntakeInvitation[]>([]);
  private clientId: string | null = null;
  private loads = 0;

  readonly status = computed(() => this.state().status);
  readonly error = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.message : null;
  });
  /** Newest first. */
  readonly invitations = computed(() => [...this.list()].sort(newestFirst));
  readonly open = computed(() => this.invitations().filter(isOpen));

  async load(clientId: string): Promise<void> {
    const count = ++this.loads;
    if (clientId !== this.clientId) this.list.set([]);
    this.clientId = clientId;
    this.state.set({ status: 'loading' });
    try {
      const invitations = await firstValueFrom(this.api.list(clientId));
      if (count !== this.loads) return;
      this.list.set(invitations);
      this.state.set({ status: 'ready' });
    } catch (error: unknown) {
      if (count !== this.loads) return;
      this.state.set({ status: 'error', message: this.errors.describe(error) });
    }
  }

  /** Loads once per client: the page header and the overview both need it. */
  ensure(clientId: string): Promise<void> {
    if (clientId === this.clientId && this.state().status !== 'idle')
      return Promise.resolve();
    return this.load(clientId);
  }

  /** Makes a link; the answer is the only place its URL ever appears. */
  async create(
    clientId: string,
    request: CreateInvitationRequest,
  ): Promise<CreatedInvitation> {
    const created = await firstValueFrom(this.api.create(clientId, request));
    if (clientId === this.clientId) {
      // Keep the list free of the URL: it is shown once, in the dialog.
      const { url: _url, ...invitation } = created;
      this.list.update((list) => [invitation, ...list]);
    }
    return created;
  }

  async revoke(invitationId: string): Promise<void> {
    const revoked = await firstValueFrom(this.api.revoke(invitationId));
    this.replace(revoked);
  }

  /**
   * "Opnieuw versturen": the old link stops working and a new one, of the
   * same kind and validity, takes its place, by the same way: a link that
   * was mailed is mailed again (to the address the client has now).
   */
  async resend(
    invitation: IntakeInvitation,
    options: { clientHasEmail: boolean } = { clientHasEmail: false },
  ): Promise<CreatedInvitation> {
    if (isOpen(invitation)) await this.revoke(invitation.id);
    const byEmail = invitation.delivery !== null && options.clientHasEmail;
    return this.create(invitation.clientId, {
      variant: invitation.variant,
      expiresInDays: validityInDays(invitation),
      ...(byEmail ? { send: 'email' as const } : {}),
    });
  }

  private replace(invitation: IntakeInvitation): void {
    this.list.update((list) =>
      list.map((i) => (i.id === invitation.id ? invitation : i)),
    );
  }
}

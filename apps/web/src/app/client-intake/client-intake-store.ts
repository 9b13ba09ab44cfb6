import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  CreateInvitationRequest,
  CreatedInvitation,
  IntakeInvitation,
} from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { LoadState } from '../core/http/load-state';
import { ClientIntakeApi } from './client-intake-api';
import { isOpen, validityInDays } from './invitation-status';

const newestFirst = (a: IntakeInvitation, b: IntakeInvitation) =>
  b.createdAt.localeCompare(a.createdAt);

/**
 * One client's intake links. Shared by the send button and the list, so a
 * new link shows up in the list at once: provide it where both live.
 */
@Injectable()
export class ClientIntakeStore {
  private readonly api = inject(ClientIntakeApi);
  private readonly loading = new LoadState('idle');
  private readonly list = signal<readonly IntakeInvitation[]>([]);
  private clientId: string | null = null;

  readonly status = this.loading.status.asReadonly();
  readonly error = this.loading.error.asReadonly();
  /** Newest first. */
  readonly invitations = computed(() => [...this.list()].sort(newestFirst));
  readonly open = computed(() => this.invitations().filter(isOpen));

  async load(clientId: string): Promise<void> {
    if (clientId !== this.clientId) this.list.set([]);
    this.clientId = clientId;
    await this.loading.run(this.api.list(clientId), (invitations) =>
      this.list.set(invitations),
    );
  }

  /** Loads once per client: the page header and the overview both need it. */
  ensure(clientId: string): Promise<void> {
    if (clientId === this.clientId && this.status() !== 'idle')
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

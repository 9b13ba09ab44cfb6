import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  InvitationCreated,
  InvitePractitionerRequest,
  TeamMember,
  UpdatePractitionerRequest,
} from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { ErrorMessage } from '../core/http/error-message';
import { TeamApi } from './team-api';

export type MemberStatus = 'active' | 'invited' | 'inactive';

export function memberStatus(member: TeamMember): MemberStatus {
  if (!member.active) return 'inactive';
  return member.invitationPending ? 'invited' : 'active';
}

const byName = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

type TeamState =
  | { status: 'loading' }
  | { status: 'ready' }
  | { status: 'error'; message: string };

/** The practice's team, for the owner's Team page. Provide it there. */
@Injectable()
export class TeamStore {
  private readonly api = inject(TeamApi);
  private readonly errors = inject(ErrorMessage);
  private readonly list = signal<TeamMember[]>([]);
  private readonly state = signal<TeamState>({ status: 'loading' });

  readonly members = computed(() =>
    [...this.list()].sort((a, b) =>
      byName.compare(a.displayName, b.displayName),
    ),
  );
  readonly status = computed(() => this.state().status);
  readonly error = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.message : null;
  });

  async load(): Promise<void> {
    this.state.set({ status: 'loading' });
    try {
      this.list.set(await firstValueFrom(this.api.list()));
      this.state.set({ status: 'ready' });
    } catch (error: unknown) {
      this.state.set({ status: 'error', message: this.errors.describe(error) });
    }
  }

  /** Invites someone; the answer holds the one-time link. Throws on failure. */
  async invite(request: InvitePractitionerRequest): Promise<InvitationCreated> {
    const created = await firstValueFrom(this.api.invite(request));
    this.list.update((members) => [...members, created.member]);
    return created;
  }

  /** Changes role or active state. Throws on failure (e.g. 409 last_owner). */
  async update(id: string, change: UpdatePractitionerRequest): Promise<void> {
    const member = await firstValueFrom(this.api.update(id, change));
    this.list.update((members) =>
      members.map((m) => (m.id === member.id ? member : m)),
    );
  }
}

import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  InvitationCreated,
  InvitePractitionerRequest,
  TeamMember,
  UpdatePractitionerRequest,
} from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { LoadState } from '../core/http/load-state';
import { TeamApi } from './team-api';

export type MemberStatus = 'active' | 'invited' | 'inactive';

export function memberStatus(member: TeamMember): MemberStatus {
  if (!member.active) return 'inactive';
  return member.invitationPending ? 'invited' : 'active';
}

const byName = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** The practice's team, for the owner's Team page. Provide it there. */
@Injectable()
export class TeamStore {
  private readonly api = inject(TeamApi);
  private readonly list = signal<TeamMember[]>([]);
  private readonly loading = new LoadState();

  readonly members = computed(() =>
    [...this.list()].sort((a, b) =>
      byName.compare(a.displayName, b.displayName),
    ),
  );
  readonly status = this.loading.status.asReadonly();
  readonly error = this.loading.error.asReadonly();

  async load(): Promise<void> {
    await this.loading.run(this.api.list(), (list) => this.list.set(list));
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

import type { DomainId } from '@herstelkompas/domain';

export type SessionType = 'intake' | 'coaching' | 'follow_up' | 'remote';
export const SESSION_TYPES: readonly SessionType[] = [
  'intake',
  'coaching',
  'follow_up',
  'remote',
];

export type NoteStatus = 'draft' | 'signed';

/** Agreed homework or exercise for one domain. */
export interface Homework {
  domain: DomainId;
  text: string;
}

export interface NoteAddendum {
  id: string;
  text: string;
  author: { id: string; displayName: string };
  createdAt: string;
}

export interface SessionNote {
  id: string;
  clientId: string;
  sessionDate: string;
  durationMinutes: number | null;
  type: SessionType;
  domains: DomainId[];
  /** NPRS at the start of the session, 0-10. */
  painAtStart: number | null;
  /** Plain text with light markdown (headings, lists, bold). */
  text: string;
  homework: Homework[];
  nextSteps: string | null;
  /** May this note appear in a progress report? No by default. */
  includeInReport: boolean;
  status: NoteStatus;
  author: { id: string; displayName: string };
  signedAt: string | null;
  addenda: NoteAddendum[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Body of `POST /api/clients/:id/session-notes`. */
export interface CreateSessionNoteRequest {
  sessionDate: string;
  type: SessionType;
  domains?: string[];
  text?: string;
  durationMinutes?: number | null;
  painAtStart?: number | null;
  homework?: Homework[];
  nextSteps?: string | null;
  includeInReport?: boolean;
}

/** Body of `PATCH /api/session-notes/:id` (drafts only; 409 once signed). */
export interface UpdateSessionNoteRequest extends Partial<CreateSessionNoteRequest> {
  version?: number;
}

/** Body of `POST /api/session-notes/:id/addenda`. */
export interface CreateAddendumRequest {
  text: string;
}

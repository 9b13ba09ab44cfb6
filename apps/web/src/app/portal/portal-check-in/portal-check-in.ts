import { NgTemplateOutlet } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  OnInit,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import type {
  CheckIn,
  CheckInStatus,
  PortalCheckIns,
  SaveCheckInRequest,
} from '@herstelkompas/contracts';
import {
  CHECK_IN_NOTE_MAX_LENGTH,
  CHECK_IN_QUESTIONS,
  CHECK_IN_RED_FLAG_ITEMS,
  type CheckInScaleId,
  clientInstructionFor,
  clientNoteFor,
  detectCheckInRedFlags,
  DOMAIN_IDS,
  type DomainId,
  type Localized,
} from '@herstelkompas/domain';
import { firstValueFrom } from 'rxjs';
import { HkDatePipe } from '../../core/i18n/format-pipes';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Icon } from '../../ui/icon/icon';
import { LocalizedPipe } from '../localized-pipe';
import { HomeworkTitlePipe } from '../homework-title-pipe';
import { PortalApi } from '../portal-api';
import { PortalLoadState } from '../portal-read';
import { leaveOnSessionLoss } from '../portal-session-lost';
import { PortalState } from '../portal-state';
import { CheckInScale } from './check-in-scale';

type Answers = Record<CheckInScaleId, number | null>;
type Phase = 'form' | 'replace' | 'done';
type SaveError = 'incomplete' | 'redFlags' | 'failed' | 'tooLong' | 'homework';

const EMPTY: Answers = Object.fromEntries(
  CHECK_IN_QUESTIONS.map((q) => [q.id, null]),
) as Answers;

/** A 400 that refuses the ticked homework (no longer this week's). */
function homeworkRefused(error: unknown): boolean {
  return (
    error instanceof HttpErrorResponse &&
    error.status === 400 &&
    Array.isArray(error.error?.details) &&
    error.error.details.some(
      (d: { field?: string }) => d.field === 'homeworkDone',
    )
  );
}

/** The answers a saved check-in holds, to fill the form again. */
export function answersOf(checkIn: CheckIn | null): Answers {
  if (!checkIn) return { ...EMPTY };
  return {
    painNow: checkIn.painNow,
    ...checkIn.domains,
    movementSafety: checkIn.movementSafety,
  };
}

/** The request body for the answers given (a draft may leave some out). */
export function requestOf(
  answers: Answers,
  status: CheckInStatus,
  extra: Pick<SaveCheckInRequest, 'note' | 'homeworkDone' | 'redFlagsYes'>,
  replace = false,
): SaveCheckInRequest {
  const domains: Partial<Record<DomainId, number>> = {};
  for (const d of DOMAIN_IDS) {
    const value = answers[d];
    if (value !== null) domains[d] = value;
  }
  return {
    status,
    ...(answers.painNow !== null ? { painNow: answers.painNow } : {}),
    domains,
    ...(answers.movementSafety !== null
      ? { movementSafety: answers.movementSafety }
      : {}),
    ...extra,
    ...(replace ? { replace: true } : {}),
  };
}

/**
 * The weekly check-in (phone first, under a minute): pain now, one question
 * per domain, how safe moving feels, the homework done, one optional
 * sentence and, when the practice turned it on, the short red-flag screen
 * whose urgent instruction shows at once. Save as a draft or send; a sent
 * check-in of this week is replaced only after asking. With the daily
 * mini-log below it.
 */
@Component({
  selector: 'hk-portal-check-in',
  imports: [
    FormsModule,
    NgTemplateOutlet,
    MatAnchor,
    MatButton,
    MatFormFieldModule,
    MatInput,
    RouterLink,
    HkDatePipe,
    TranslatePipe,
    Icon,
    LocalizedPipe,
    CheckInScale,
    PortalLoadState,
    HomeworkTitlePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './portal-check-in.html',
  styleUrl: './portal-check-in.scss',
})
export class PortalCheckInPage implements OnInit {
  private readonly api = inject(PortalApi);
  private readonly state = inject(PortalState);
  private readonly router = inject(Router);

  protected readonly questions = CHECK_IN_QUESTIONS;
  protected readonly redFlagItems = CHECK_IN_RED_FLAG_ITEMS;
  protected readonly noteMax = CHECK_IN_NOTE_MAX_LENGTH;

  protected readonly view = signal<PortalCheckIns | null>(null);
  protected readonly failed = signal(false);
  protected readonly answers = signal<Answers>({ ...EMPTY });
  protected readonly homeworkDone = signal<ReadonlySet<string>>(new Set());
  protected readonly note = signal('');
  protected readonly redFlags = signal<Record<string, boolean | null>>({});
  protected readonly phase = signal<Phase>('form');
  protected readonly busy = signal(false);
  protected readonly error = signal<SaveError | null>(null);
  protected readonly saved = signal<CheckIn | null>(null);
  protected readonly draftSaved = signal(false);

  protected readonly dailyPain = signal<number | null>(null);
  protected readonly sleepHours = signal<string>('');
  protected readonly dailyState = signal<
    'idle' | 'saved' | 'invalid' | 'failed'
  >('idle');

  /** The flags the answers so far raise, as the intake would. */
  private readonly flags = computed(() =>
    detectCheckInRedFlags(
      Object.fromEntries(
        Object.entries(this.redFlags()).filter(([, yes]) => yes === true),
      ),
    ),
  );
  /** "Bel nu je huisarts…", shown the moment an urgent question is answered yes. */
  protected readonly instruction = computed<Localized | null>(
    () =>
      clientInstructionFor(this.flags()) ??
      this.saved()?.urgentInstruction ??
      null,
  );
  /**
   * The red-flag question the instruction sits under: the first "yes" (in
   * screen order) with which the answers so far call for it, so it shows where
   * the client just tapped and stays there until that answer changes. Null when
   * no answer on screen calls for it (the instruction of a sent check-in).
   */
  protected readonly urgentAfter = computed<string | null>(() => {
    const answers = this.redFlags();
    const yes: Record<string, boolean> = {};
    for (const item of this.redFlagItems) {
      if (answers[item.id] !== true) continue;
      yes[item.id] = true;
      if (clientInstructionFor(detectCheckInRedFlags(yes))) return item.id;
    }
    return null;
  });
  protected readonly gpNote = computed(() => clientNoteFor(this.flags()));

  async ngOnInit(): Promise<void> {
    await this.load();
  }

  protected async load(): Promise<void> {
    this.failed.set(false);
    try {
      const view = await firstValueFrom(this.api.checkIns());
      this.view.set(view);
      this.state.signedIn.set(true);
      this.answers.set(answersOf(view.current));
      this.note.set(view.current?.note ?? '');
      this.homeworkDone.set(new Set(view.current?.homeworkDone ?? []));
      if (view.today) {
        this.dailyPain.set(view.today.pain);
        this.sleepHours.set(String(view.today.sleepHours));
      }
    } catch (error) {
      if (!leaveOnSessionLoss(error, this.state, this.router))
        this.failed.set(true);
    }
  }

  protected errorKey(error: SaveError) {
    return `portal.checkIn.errors.${error}` as const;
  }

  protected answer(id: CheckInScaleId): number | null {
    return this.answers()[id];
  }

  protected setAnswer(id: CheckInScaleId, value: number | null): void {
    this.answers.update((a) => ({ ...a, [id]: value }));
  }

  protected toggleHomework(id: string, done: boolean): void {
    const next = new Set(this.homeworkDone());
    if (done) next.add(id);
    else next.delete(id);
    this.homeworkDone.set(next);
  }

  protected setRedFlag(id: string, yes: boolean): void {
    this.redFlags.update((r) => ({ ...r, [id]: yes }));
  }

  /** Send, or ask first when this week's check-in was already sent. */
  protected send(): void {
    const view = this.view();
    if (!this.validate()) return;
    if (view?.current?.status === 'submitted') this.phase.set('replace');
    else void this.save('submitted');
  }

  protected async save(status: CheckInStatus, replace = false): Promise<void> {
    const view = this.view();
    this.error.set(null);
    this.draftSaved.set(false);
    if (this.note().length > this.noteMax) return this.error.set('tooLong');
    const redFlagsYes = view?.redFlagScreen
      ? Object.entries(this.redFlags())
          .filter(([, yes]) => yes === true)
          .map(([id]) => id)
      : undefined;
    const body = requestOf(
      this.answers(),
      status,
      {
        note: this.note().trim() || null,
        homeworkDone: [...this.homeworkDone()],
        ...(redFlagsYes ? { redFlagsYes } : {}),
      },
      replace,
    );
    this.busy.set(true);
    try {
      const saved = await firstValueFrom(this.api.saveCheckIn(body));
      this.saved.set(saved);
      if (view) this.view.set({ ...view, current: saved });
      if (status === 'submitted') this.phase.set('done');
      else {
        this.phase.set('form');
        this.draftSaved.set(true);
      }
    } catch (error) {
      if (leaveOnSessionLoss(error, this.state, this.router)) return;
      if (error instanceof HttpErrorResponse && error.status === 409)
        this.phase.set('replace');
      else if (homeworkRefused(error)) await this.refreshHomework();
      else this.error.set('failed');
    } finally {
      this.busy.set(false);
    }
  }

  /**
   * The week's homework changed since the page loaded (an assignment ended):
   * show the list as it is now and keep only the ticks that still fit.
   */
  private async refreshHomework(): Promise<void> {
    this.error.set('homework');
    try {
      const fresh = await firstValueFrom(this.api.checkIns());
      const view = this.view();
      if (view) this.view.set({ ...view, homework: fresh.homework });
      const ids = new Set(fresh.homework.map((h) => h.id));
      this.homeworkDone.set(
        new Set([...this.homeworkDone()].filter((id) => ids.has(id))),
      );
    } catch (error) {
      leaveOnSessionLoss(error, this.state, this.router);
    }
  }

  protected keepPrevious(): void {
    this.phase.set('form');
  }

  private validate(): boolean {
    const view = this.view();
    if (Object.values(this.answers()).some((v) => v === null)) {
      this.error.set('incomplete');
      return false;
    }
    if (
      view?.redFlagScreen &&
      this.redFlagItems.some(
        (item) => typeof this.redFlags()[item.id] !== 'boolean',
      )
    ) {
      this.error.set('redFlags');
      return false;
    }
    this.error.set(null);
    return true;
  }

  protected async saveDaily(): Promise<void> {
    const pain = this.dailyPain();
    const hours = Number(this.sleepHours().replace(',', '.'));
    if (
      pain === null ||
      this.sleepHours().trim() === '' ||
      !Number.isInteger(hours * 2) ||
      hours < 0 ||
      hours > 14
    )
      return this.dailyState.set('invalid');
    try {
      await firstValueFrom(this.api.saveDailyLog({ pain, sleepHours: hours }));
      this.dailyState.set('saved');
    } catch (error) {
      if (!leaveOnSessionLoss(error, this.state, this.router))
        this.dailyState.set('failed');
    }
  }
}

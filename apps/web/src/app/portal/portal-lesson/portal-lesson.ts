import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import type { PortalLesson } from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { MarkdownText } from '../../client-sessions/markdown-text/markdown-text';
import { Icon } from '../../ui/icon/icon';
import { LocalizedPipe } from '../localized-pipe';
import { PortalApi } from '../portal-api';
import { PortalLoadState } from '../portal-read';
import { leaveOnSessionLoss } from '../portal-session-lost';
import { PortalState } from '../portal-state';

/**
 * One lesson to read: ours end in a question, an exercise and sources; a
 * practice's own lesson is its Markdown, drawn element by element.
 */
@Component({
  selector: 'hk-portal-lesson',
  imports: [
    MatAnchor,
    MatButton,
    RouterLink,
    TranslatePipe,
    Icon,
    LocalizedPipe,
    MarkdownText,
    PortalLoadState,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './portal-lesson.html',
  styleUrl: './portal-lesson.scss',
})
export class PortalLessonPage {
  readonly lessonId = input.required<string>();
  private readonly api = inject(PortalApi);
  private readonly state = inject(PortalState);
  private readonly router = inject(Router);

  protected readonly lesson = signal<PortalLesson | null>(null);
  protected readonly missing = signal(false);
  protected readonly failed = signal(false);
  protected readonly marking = signal(false);
  protected readonly next = signal<string | null>(null);

  constructor() {
    effect(() => {
      const id = this.lessonId();
      void this.load(id);
    });
  }

  protected async load(id = this.lessonId()): Promise<void> {
    this.lesson.set(null);
    this.missing.set(false);
    this.failed.set(false);
    this.next.set(null);
    try {
      const lesson = await firstValueFrom(this.api.lesson(id));
      this.lesson.set(lesson);
      this.next.set(lesson.next);
      this.state.signedIn.set(true);
    } catch (error) {
      if (leaveOnSessionLoss(error, this.state, this.router)) return;
      // An id that is no lesson: 400 (not one of the six) or 404.
      if (
        error instanceof HttpErrorResponse &&
        (error.status === 400 || error.status === 404)
      )
        this.missing.set(true);
      else this.failed.set(true);
    }
  }

  protected async markRead(): Promise<void> {
    const lesson = this.lesson();
    if (!lesson || this.marking()) return;
    this.marking.set(true);
    try {
      const summary = await firstValueFrom(this.api.markRead(lesson.id));
      this.lesson.set({ ...lesson, read: summary.read });
    } catch (error) {
      leaveOnSessionLoss(error, this.state, this.router);
    } finally {
      this.marking.set(false);
    }
  }
}

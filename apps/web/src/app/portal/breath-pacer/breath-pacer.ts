import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslatePipe } from '../../core/i18n/translate-pipe';

export type BreathPhase = 'in' | 'out';

/** Where a breath cycle is after `elapsed` whole seconds: the phase and its count (1-based). */
export function pacerAt(
  elapsed: number,
  inSeconds: number,
  outSeconds: number,
): { phase: BreathPhase; count: number } {
  const t = elapsed % (inSeconds + outSeconds);
  return t < inSeconds
    ? { phase: 'in', count: t + 1 }
    : { phase: 'out', count: t - inSeconds + 1 };
}

/** `m:ss`, as a timer shows it. */
export function clock(seconds: number): string {
  const s = seconds % 60;
  return `${Math.floor(seconds / 60)}:${s < 10 ? '0' : ''}${s}`;
}

/** Whether the person asked their system for less motion. */
export function prefersReducedMotion(
  media: Pick<Window, 'matchMedia'> | undefined = globalThis.window,
): boolean {
  return !!media?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}

/**
 * An on-screen breathing guide: a circle grows over the in-breath and
 * shrinks over the (longer) out-breath, with the words and a count. With
 * reduced motion asked for, the circle stays still and only the words and
 * the count change. Nothing blinks: the circle changes size smoothly, never
 * colour. The button starts and pauses (Space and Enter work on it).
 */
@Component({
  selector: 'hk-breath-pacer',
  imports: [MatButton, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="pacer" data-testid="breath-pacer" [class.still]="still">
      <h2>{{ 'portal.homework.pacer.heading' | t }}</h2>
      <p class="hint">
        {{ 'portal.homework.pacer.intro' | t }}
        {{
          'portal.homework.pacer.timing'
            | t: { in: inSeconds(), out: outSeconds() }
        }}
      </p>
      <div class="stage" aria-hidden="true">
        <div
          class="circle"
          data-testid="pacer-circle"
          [class.grow]="running() && state().phase === 'in'"
          [class.shrink]="!running() || state().phase === 'out'"
          [style.transition-duration.s]="still ? 0 : phaseSeconds()"
        ></div>
      </div>
      <p class="phase" aria-live="polite" data-testid="pacer-phase">
        @if (!started()) {
          {{ 'portal.homework.pacer.ready' | t }}
        } @else if (!running()) {
          {{ 'portal.homework.pacer.paused' | t }}
        } @else if (state().phase === 'in') {
          {{ 'portal.homework.pacer.in' | t }}
        } @else {
          {{ 'portal.homework.pacer.out' | t }}
        }
      </p>
      @if (started()) {
        <p class="count" data-testid="pacer-count">
          {{ 'portal.homework.pacer.count' | t: { count: state().count } }}
          ·
          {{ 'portal.homework.pacer.elapsed' | t: { time: time() } }}
        </p>
      }
      <button
        matButton="filled"
        type="button"
        data-testid="pacer-toggle"
        [attr.aria-pressed]="running()"
        (click)="toggle()"
      >
        @if (running()) {
          {{ 'portal.homework.pacer.pause' | t }}
        } @else if (started()) {
          {{ 'portal.homework.pacer.resume' | t }}
        } @else {
          {{ 'portal.homework.pacer.start' | t }}
        }
      </button>
    </section>
  `,
  styles: `
    .pacer {
      margin-top: 24px;
      padding: 8px 16px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-low);
      text-align: center;
    }
    h2 {
      margin: 8px 0;
      font: var(--mat-sys-title-medium);
    }
    .hint {
      margin: 0 0 8px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .stage {
      display: grid;
      place-items: center;
      height: 200px;
    }
    .circle {
      width: 180px;
      height: 180px;
      border-radius: 50%;
      background: #56b4e9;
      opacity: 0.85;
      transform: scale(0.45);
      transition-property: transform;
      transition-timing-function: ease-in-out;
    }
    .circle.grow {
      transform: scale(1);
    }
    .circle.shrink {
      transform: scale(0.45);
    }
    .still .circle,
    .still .circle.grow,
    .still .circle.shrink {
      transform: scale(0.7);
      transition: none;
    }
    @media (prefers-reduced-motion: reduce) {
      .circle,
      .circle.grow,
      .circle.shrink {
        transform: scale(0.7);
        transition: none;
      }
    }
    .phase {
      margin: 8px 0 0;
      font: var(--mat-sys-headline-small);
    }
    .count {
      margin: 4px 0 12px;
      font: var(--mat-sys-body-large);
      font-variant-numeric: tabular-nums;
    }
    button {
      min-height: 48px;
      min-width: 120px;
      margin-top: 8px;
    }
  `,
})
export class BreathPacer {
  readonly inSeconds = input(4);
  readonly outSeconds = input(6);

  /** Read once: the motion asked for does not change mid-exercise. */
  protected readonly still = prefersReducedMotion();
  protected readonly running = signal(false);
  protected readonly started = signal(false);
  protected readonly elapsed = signal(0);
  protected readonly state = computed(() =>
    pacerAt(this.elapsed(), this.inSeconds(), this.outSeconds()),
  );
  protected readonly phaseSeconds = computed(() =>
    this.state().phase === 'in' ? this.inSeconds() : this.outSeconds(),
  );
  protected readonly time = computed(() => clock(this.elapsed()));
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  toggle(): void {
    if (this.running()) {
      this.stop();
      return;
    }
    this.started.set(true);
    this.running.set(true);
    this.timer = setInterval(() => this.elapsed.update((s) => s + 1), 1000);
  }

  private stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.running.set(false);
  }
}

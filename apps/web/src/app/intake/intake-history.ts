import {
  DestroyRef,
  Injectable,
  effect,
  inject,
  untracked,
} from '@angular/core';
import { Location } from '@angular/common';
import { NavigationEnd, NavigationStart, Router } from '@angular/router';
import { filter } from 'rxjs';
import { IntakeStore } from './intake-store';

/** The query parameter that names the screen: `?stap=<step id>`. */
export const PLACE_PARAM = 'stap';
/** Each entry's history state remembers the screen before it, for after a reload. */
const PREVIOUS = 'hkIntakePrevious';

/**
 * Each screen of the intake its own entry in the browser's history, so the
 * phone's back button goes one step back (not out of the intake) and a
 * reload stays on the step. Keeps a copy of the entries it made, so the
 * form's own "Vorige" walks back through them instead of piling up new ones.
 */
@Injectable()
export class IntakeHistory {
  private readonly store = inject(IntakeStore);
  private readonly router = inject(Router);
  private readonly location = inject(Location);
  private entries: (string | null)[] = [];
  private index = -1;
  /** What the entry the page was (re)loaded on says came before it. */
  private readonly reloaded = this.previousOnLoad();

  constructor() {
    effect(() => {
      const place = this.store.place();
      if (place !== undefined) untracked(() => this.follow(place));
    });
    let popped = false;
    const events = this.router.events
      .pipe(
        filter(
          (e): e is NavigationStart | NavigationEnd =>
            e instanceof NavigationStart || e instanceof NavigationEnd,
        ),
      )
      .subscribe((event) => {
        if (event instanceof NavigationStart) {
          popped = event.navigationTrigger === 'popstate';
        } else if (popped) {
          popped = false;
          const place =
            this.router.parseUrl(event.urlAfterRedirects).queryParams[
              PLACE_PARAM
            ] ?? null;
          this.popped(typeof place === 'string' ? place : null);
        }
      });
    inject(DestroyRef).onDestroy(() => events.unsubscribe());
  }

  /** The store moved to another screen: record it, or walk back to it. */
  private follow(place: string | null): void {
    if (this.index < 0 && this.reloaded && this.reloaded.place === place) {
      // A reload: this entry and the one before it are known already.
      this.entries = [this.reloaded.previous, place];
      this.index = 1;
      return;
    }
    if (this.entries[this.index] === place) return;
    if (this.index > 0 && this.entries[this.index - 1] === place) {
      this.index -= 1;
      this.location.back();
      return;
    }
    const previous = this.entries[this.index];
    this.entries = [...this.entries.slice(0, this.index + 1), place];
    this.index += 1;
    void this.router.navigate([], {
      queryParams: { [PLACE_PARAM]: place },
      queryParamsHandling: 'merge',
      // The first screen takes the entry the link opened with.
      replaceUrl: this.index === 0,
      ...(previous === undefined ? {} : { state: { [PREVIOUS]: previous } }),
    });
  }

  private previousOnLoad(): {
    place: string | null;
    previous: string | null;
  } | null {
    const state = this.location.getState() as Record<string, unknown> | null;
    if (!state || !(PREVIOUS in state)) return null;
    const previous = state[PREVIOUS];
    const place = this.router.parseUrl(this.location.path()).queryParams[
      PLACE_PARAM
    ];
    return {
      place: typeof place === 'string' ? place : null,
      previous: typeof previous === 'string' ? previous : null,
    };
  }

  /** Back or forward in the browser: show that screen. */
  private popped(place: string | null): void {
    if (this.entries[this.index - 1] === place) this.index -= 1;
    else if (this.entries[this.index + 1] === place) this.index += 1;
    else if (this.entries[this.index] !== place) {
      this.entries = [place];
      this.index = 0;
    }
    this.store.goToPlace(place);
  }
}

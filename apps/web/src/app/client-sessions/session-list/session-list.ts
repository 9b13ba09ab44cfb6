import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ActivatedRoute, Router } from '@angular/router';
import {
  SESSION_TYPES,
  type SessionNote,
  type SessionType,
} from '@herstelkompas/contracts';
import { DOMAIN_LIST, type DomainId, isDomainId } from '@herstelkompas/domain';
import { map } from 'rxjs';
import { ClientPageStore } from '../../clients/client-page-store';
import type { HasUnsavedChanges } from '../../core/forms/unsaved-changes-guard';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { EmptyState } from '../../ui/empty-state/empty-state';
import { Icon } from '../../ui/icon/icon';
import { NoteCard } from '../note-card/note-card';
import { NoteEditor } from '../note-editor/note-editor';
import type { NoteFilters } from '../sessions-api';
import { sessionTypeKey } from '../session-labels';
import type { NotePreset } from '../note-editor-store';
import { SessionsStore } from '../sessions-store';
import { byData, revealWhenReady } from '../../ui/reveal/reveal-item';
import { LoadStateBlock } from '../../ui/load-state/load-state';

const SEARCH_DELAY_MS = 300;

/**
 * Sessies: the notes newest first, filtered by domain, type and words (kept
 * in the URL), and the editor for a new note or a draft.
 */
@Component({
  selector: 'hk-session-list',
  imports: [
    LoadStateBlock,
    FormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    TranslatePipe,
    EmptyState,
    Icon,
    NoteCard,
    NoteEditor,
  ],
  providers: [SessionsStore],
  templateUrl: './session-list.html',
  styleUrl: './session-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionList implements HasUnsavedChanges {
  protected readonly store = inject(SessionsStore);
  private readonly client = inject(ClientPageStore).client;
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);

  private readonly editor = viewChild(NoteEditor);
  protected readonly types = SESSION_TYPES;
  protected readonly typeKey = sessionTypeKey;
  protected readonly clientId = computed(() => this.client()?.id ?? '');
  protected readonly askPain = computed(() => !this.client()?.painFocusOff);
  protected readonly domains = computed(() => {
    const language = this.i18n.language();
    return DOMAIN_LIST.map((d) => ({ id: d.id, name: d.name[language] }));
  });
  protected readonly editing = signal<{
    note: SessionNote | null;
    preset: NotePreset | null;
  } | null>(null);
  protected readonly filters = toSignal(
    this.route.queryParamMap.pipe(map(filtersFrom)),
    { initialValue: filtersFrom(this.route.snapshot.queryParamMap) },
  );
  protected readonly searchText = signal(this.filters().search);
  protected readonly countText = computed(() => {
    return this.i18n.t('clientSessions.count', {
      count: this.store.notes().length,
    });
  });
  private searchTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    effect(() => {
      const filters = this.filters();
      const id = this.clientId();
      untracked(() => void this.store.load(id, filters));
    });
    // "Sessie starten" from the agenda: a new note with its date and type.
    const preset = presetFrom(this.route.snapshot.queryParamMap);
    if (preset) this.editing.set({ note: null, preset });
    // A note opened from the timeline (`?notitie=<id>`).
    revealWhenReady(
      () => this.store.status() === 'ready',
      byData('note-id', this.route.snapshot.queryParamMap.get('notitie')),
    );
    inject(DestroyRef).onDestroy(() => clearTimeout(this.searchTimer));
  }

  hasUnsavedChanges(): boolean {
    return this.editor()?.hasUnsavedChanges() ?? false;
  }

  protected setFilter(patch: Partial<NoteFilters>): void {
    const next = { ...this.filters(), ...patch };
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: {
        domain: next.domain || null,
        type: next.type || null,
        search: next.search.trim() || null,
      },
      replaceUrl: true,
    });
  }

  protected typed(text: string): void {
    this.searchText.set(text);
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(
      () => this.setFilter({ search: text }),
      SEARCH_DELAY_MS,
    );
  }

  protected clearFilters(): void {
    this.searchText.set('');
    this.setFilter({ domain: '', type: '', search: '' });
  }

  protected open(note: SessionNote | null): void {
    this.editing.set({ note, preset: null });
  }

  protected closed(): void {
    const fromAppointment = this.editing()?.preset;
    this.editing.set(null);
    if (fromAppointment)
      void this.router.navigate([], {
        relativeTo: this.route,
        queryParams: { sessie: null, start: null, soort: null, duur: null },
        queryParamsHandling: 'merge',
        replaceUrl: true,
      });
    void this.store.reload();
  }
}

/** The appointment a new session starts from (`?sessie=nieuw&start=…&soort=…&duur=…`). */
export function presetFrom(params: {
  get(name: string): string | null;
}): NotePreset | null {
  if (params.get('sessie') !== 'nieuw') return null;
  const start = new Date(params.get('start') ?? '');
  const type = params.get('soort');
  const minutes = Number(params.get('duur'));
  return {
    start: Number.isNaN(start.getTime()) ? new Date() : start,
    type: SESSION_TYPES.includes(type as SessionType)
      ? (type as SessionType)
      : 'coaching',
    durationMinutes:
      Number.isInteger(minutes) && minutes > 0 && minutes <= 600
        ? minutes
        : null,
  };
}

function filtersFrom(params: {
  get(name: string): string | null;
}): NoteFilters {
  const domain = params.get('domain');
  const type = params.get('type');
  return {
    domain: isDomainId(domain) ? (domain as DomainId) : '',
    type: SESSION_TYPES.includes(type as SessionType)
      ? (type as SessionType)
      : '',
    search: params.get('search') ?? '',
  };
}

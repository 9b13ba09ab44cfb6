import { HttpClient } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute } from '@angular/router';
import type {
  CreateHomeworkRequest,
  HomeworkFrequencyKind,
  HomeworkItem,
  HomeworkLibraryExercise,
} from '@herstelkompas/contracts';
import {
  API_PATHS,
  HOMEWORK_TITLE_MAX_LENGTH,
  RESOURCE_PATHS,
} from '@herstelkompas/contracts';
import {
  addCalendarDays,
  DOMAIN_IDS,
  DOMAINS,
  isDomainId,
  toAmsterdamWallTime,
  type DomainId,
} from '@herstelkompas/domain';
import { firstValueFrom } from 'rxjs';
import { ClientPageStore } from '../clients/client-page-store';
import { toApiFailure } from '../core/http/api-error';
import { ErrorMessage } from '../core/http/error-message';
import { HkDatePipe } from '../core/i18n/format-pipes';
import { I18n } from '../core/i18n/i18n';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { Alert } from '../ui/alert/alert';
import { DomainChip } from '../ui/domain-chip/domain-chip';

/** The library grouped by domain, the client's focus domains first. */
export function libraryGroups(
  library: readonly HomeworkLibraryExercise[],
  focus: readonly DomainId[],
): {
  domain: DomainId;
  focus: boolean;
  exercises: HomeworkLibraryExercise[];
}[] {
  const order = [...focus, ...DOMAIN_IDS.filter((d) => !focus.includes(d))];
  return order
    .map((domain) => ({
      domain,
      focus: focus.includes(domain),
      exercises: library.filter((e) => e.domain === domain),
    }))
    .filter((g) => g.exercises.length > 0);
}

/** The notes the client wrote with their ticks, newest first. */
export function clientNotes(item: HomeworkItem, max = 3) {
  return item.completions.filter((c) => c.note).slice(0, max);
}

interface Draft {
  source: string;
  domain: DomainId;
  title: string;
  instructions: string;
  frequency: HomeworkFrequencyKind;
  timesPerWeek: number;
  startsOn: string;
  endsOn: string;
  sessionNoteId: string | null;
}

const OWN = 'own';

function freshDraft(): Draft {
  const today = toAmsterdamWallTime(new Date()).date;
  return {
    source: 'slow-breathing',
    domain: 'breathing',
    title: '',
    instructions: '',
    frequency: 'daily',
    timesPerWeek: 3,
    startsOn: today,
    endsOn: addCalendarDays(today, 13),
    sessionNoteId: null,
  };
}

/** The request for a draft: the library's exercise or own words. */
export function requestOf(draft: Draft): CreateHomeworkRequest {
  return {
    ...(draft.source === OWN
      ? {
          domain: draft.domain,
          title: draft.title.trim(),
          instructions: draft.instructions.trim(),
        }
      : { exerciseId: draft.source }),
    frequency: draft.frequency,
    ...(draft.frequency === 'weekly'
      ? { timesPerWeek: Number(draft.timesPerWeek) }
      : {}),
    startsOn: draft.startsOn,
    endsOn: draft.endsOn,
    ...(draft.sessionNoteId ? { sessionNoteId: draft.sessionNoteId } : {}),
  };
}

/** The Huiswerk tab: assign from the library or in own words; adherence per assignment. */
/** `2027-W09`, `2027-W10` as `9, 10`: the last four weeks a check-in named. */
export function checkInWeekNumbers(weeks: readonly string[]): string {
  return weeks
    .slice(-4)
    .map((w) => String(Number(w.slice(6))))
    .join(', ');
}

@Component({
  selector: 'hk-client-homework',
  imports: [
    FormsModule,
    MatButton,
    MatFormFieldModule,
    MatInput,
    MatRadioModule,
    MatSelectModule,
    HkDatePipe,
    TranslatePipe,
    Alert,
    DomainChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './client-homework.html',
  styleUrl: './client-homework.scss',
})
export class ClientHomework {
  private readonly http = inject(HttpClient);
  private readonly errors = inject(ErrorMessage);
  private readonly i18n = inject(I18n);
  private readonly route = inject(ActivatedRoute);
  private readonly client = inject(ClientPageStore).client;

  protected readonly own = OWN;
  protected readonly titleMax = HOMEWORK_TITLE_MAX_LENGTH;
  protected readonly domains = DOMAIN_IDS;
  protected readonly items = signal<HomeworkItem[] | null>(null);
  protected readonly library = signal<HomeworkLibraryExercise[]>([]);
  protected readonly loadError = signal<string | null>(null);
  protected readonly formOpen = signal(false);
  protected readonly draft = signal<Draft>(freshDraft());
  protected readonly saving = signal(false);
  protected readonly saveError = signal<string | null>(null);
  protected readonly fieldErrors = signal<Record<string, string>>({});
  protected readonly saved = signal(false);
  protected readonly ending = signal<string | null>(null);
  protected readonly noteText = signal<string | null>(null);
  protected readonly groups = computed(() =>
    libraryGroups(this.library(), this.client()?.focusDomains ?? []),
  );
  private loadedFor: string | null = null;

  constructor() {
    effect(() => {
      const id = this.client()?.id;
      if (id && id !== this.loadedFor) {
        this.loadedFor = id;
        void this.load(id);
      }
    });
    // "Toewijzen in portaal" on a session note's homework line opens the form with it.
    const query = this.route.snapshot.queryParamMap;
    const note = query.get('notitie');
    const text = query.get('tekst');
    const domain = query.get('domein');
    if (note && text) {
      this.noteText.set(text);
      this.draft.set({
        ...freshDraft(),
        source: OWN,
        domain: isDomainId(domain) ? domain : 'breathing',
        title: text.slice(0, 200).split('\n')[0] ?? text,
        instructions: text,
        sessionNoteId: note,
      });
      this.formOpen.set(true);
    }
  }

  protected domainName(domain: DomainId): string {
    return DOMAINS[domain].name[this.i18n.language()];
  }

  protected title(exercise: HomeworkLibraryExercise): string {
    return exercise.title[this.i18n.language()];
  }

  protected set<K extends keyof Draft>(key: K, value: Draft[K]): void {
    this.draft.update((d) => ({ ...d, [key]: value }));
  }

  protected notesOf = clientNotes;
  protected weekNumbers = checkInWeekNumbers;

  private base(id: string): string {
    return RESOURCE_PATHS.clientHomework(id);
  }

  private async load(id: string): Promise<void> {
    this.loadError.set(null);
    try {
      const [items, library] = await Promise.all([
        firstValueFrom(this.http.get<HomeworkItem[]>(this.base(id))),
        firstValueFrom(
          this.http.get<HomeworkLibraryExercise[]>(API_PATHS.homeworkLibrary),
        ),
      ]);
      this.items.set(items);
      this.library.set(library);
    } catch (error) {
      this.loadError.set(this.errors.describe(error));
    }
  }

  protected open(): void {
    this.saved.set(false);
    this.formOpen.set(true);
  }

  protected cancel(): void {
    this.formOpen.set(false);
    this.draft.set(freshDraft());
    this.noteText.set(null);
    this.fieldErrors.set({});
    this.saveError.set(null);
  }

  protected async save(): Promise<void> {
    const id = this.client()?.id;
    if (!id || this.saving()) return;
    this.saving.set(true);
    this.saveError.set(null);
    this.fieldErrors.set({});
    try {
      const item = await firstValueFrom(
        this.http.post<HomeworkItem>(this.base(id), requestOf(this.draft())),
      );
      this.items.update((items) => [item, ...(items ?? [])]);
      this.formOpen.set(false);
      this.draft.set(freshDraft());
      this.noteText.set(null);
      this.saved.set(true);
    } catch (error) {
      const failure = toApiFailure(error);
      this.fieldErrors.set(
        Object.fromEntries(failure.details.map((d) => [d.field, d.message])),
      );
      this.saveError.set(this.errors.describe(failure));
    } finally {
      this.saving.set(false);
    }
  }

  protected async end(item: HomeworkItem): Promise<void> {
    if (this.ending()) return;
    this.ending.set(item.id);
    try {
      const ended = await firstValueFrom(
        this.http.patch<HomeworkItem>(RESOURCE_PATHS.homework(item.id), {
          status: 'ended',
        }),
      );
      this.items.update((items) =>
        (items ?? []).map((i) => (i.id === ended.id ? ended : i)),
      );
    } catch (error) {
      this.loadError.set(this.errors.describe(error));
    } finally {
      this.ending.set(null);
    }
  }
}

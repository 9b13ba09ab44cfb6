import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  OnInit,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import type { ErrorStateMatcher } from '@angular/material/core';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  type Homework,
  SESSION_TYPES,
  type SessionNote,
} from '@herstelkompas/contracts';
import { DOMAIN_IDS, DOMAINS, type DomainId } from '@herstelkompas/domain';
import { formatDutchDate, parseDutchDate } from '../../core/forms/dutch-date';
import { ErrorMessage } from '../../core/http/error-message';
import { LocaleFormat } from '../../core/i18n/locale-format';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Confirm } from '../../ui/confirm-dialog/confirm';
import { Alert } from '../../ui/alert/alert';
import { DomainChip } from '../../ui/domain-chip/domain-chip';
import { Icon } from '../../ui/icon/icon';
import { parseTime } from '../amsterdam-time';
import { NoteEditorStore, type NotePreset } from '../note-editor-store';
import type { NoteField } from '../note-form';
import { MarkdownText } from '../markdown-text/markdown-text';
import { type MarkdownFormat, applyFormat } from '../markdown-format';
import { sessionTypeKey } from '../session-labels';
import type { TranslationKey } from '../../core/i18n/translations';
import { SaveStatusLabel } from '../../ui/save-status/save-status';
import { noteSaveText } from './note-save-text';

/** Writes one session note; drafts save themselves while you type. */
@Component({
  selector: 'hk-note-editor',
  imports: [
    FormsModule,
    MatButton,
    MatIconButton,
    MatCheckbox,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    TranslatePipe,
    Alert,
    DomainChip,
    Icon,
    SaveStatusLabel,
    MarkdownText,
  ],
  providers: [NoteEditorStore],
  templateUrl: './note-editor.html',
  styleUrl: './note-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoteEditor implements OnInit {
  protected readonly saveText = noteSaveText;
  protected readonly store = inject(NoteEditorStore);
  private readonly i18n = inject(I18n);
  private readonly format = inject(LocaleFormat);
  private readonly errors = inject(ErrorMessage);
  private readonly confirm = inject(Confirm);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly clientId = input.required<string>();
  readonly note = input<SessionNote | null>(null);
  /** False when the client has pain focus switched off. */
  readonly askPain = input(true);
  /** Date, type and length of the appointment the session comes from. */
  readonly preset = input<NotePreset | null>(null);
  /** The editor is done; the note as last saved (null if never saved). */
  readonly closed = output<SessionNote | null>();

  // Letters rather than icons: "H", "•", "B" and "I" are what people know
  // from word processors; the label says it in words.
  protected readonly tools: readonly {
    format: MarkdownFormat;
    glyph: string;
    label: TranslationKey;
  }[] = [
    {
      format: 'heading',
      glyph: 'H',
      label: 'clientSessions.editor.toolbar.heading',
    },
    { format: 'list', glyph: '•', label: 'clientSessions.editor.toolbar.list' },
    { format: 'bold', glyph: 'B', label: 'clientSessions.editor.toolbar.bold' },
    {
      format: 'italic',
      glyph: 'I',
      label: 'clientSessions.editor.toolbar.italic',
    },
  ];
  protected readonly preview = signal(false);
  private readonly noteText =
    viewChild<ElementRef<HTMLTextAreaElement>>('noteText');
  protected readonly types = SESSION_TYPES;
  protected readonly typeKey = sessionTypeKey;
  protected readonly domainIds = DOMAIN_IDS;
  protected readonly painScale = Array.from({ length: 11 }, (_, i) => i);
  protected readonly form = this.store.form;
  private readonly touched = signal<ReadonlySet<NoteField>>(new Set());
  protected readonly shownErrors = computed(() => {
    const errors = this.store.fieldErrors();
    const showAll = this.store.status() === 'invalid';
    const touched = this.touched();
    return {
      date: Boolean(errors.date) && (showAll || touched.has('date')),
      time: Boolean(errors.time) && (showAll || touched.has('time')),
      durationMinutes:
        Boolean(errors.durationMinutes) &&
        (showAll || touched.has('durationMinutes')),
    };
  });
  protected readonly matchers: Record<NoteField, ErrorStateMatcher> = {
    date: { isErrorState: () => this.shownErrors().date },
    time: { isErrorState: () => this.shownErrors().time },
    durationMinutes: {
      isErrorState: () => this.shownErrors().durationMinutes,
    },
  };

  constructor() {
    // Leaving the tab must not drop a change still waiting for its save.
    inject(DestroyRef).onDestroy(() => void this.store.close());
  }

  ngOnInit(): void {
    this.store.open({
      clientId: this.clientId(),
      note: this.note(),
      askPain: this.askPain(),
      preset: this.preset(),
    });
    // The editor replaces the list: move focus (and the view) to its title.
    afterNextRender(
      () => this.host.nativeElement.querySelector<HTMLElement>('h2')?.focus(),
      { injector: this.injector },
    );
  }

  /** Typed work the autosave could not store (errors, conflicts). */
  hasUnsavedChanges(): boolean {
    return (
      this.store.dirty && !['pending', 'saving'].includes(this.store.status())
    );
  }

  protected domainName(domain: DomainId): string {
    return DOMAINS[domain].name[this.i18n.language()];
  }

  protected blurred(field: NoteField): void {
    this.touched.update((set) => new Set([...set, field]));
    const form = this.form();
    // Tidy what was typed into the shape the product shows.
    if (field === 'date') {
      const iso = parseDutchDate(form.date);
      if (iso && formatDutchDate(iso) !== form.date)
        this.store.update({ date: formatDutchDate(iso) });
    } else if (field === 'time') {
      const time = parseTime(form.time);
      if (time && time !== form.time) this.store.update({ time });
    }
  }

  protected toggleDomain(domain: DomainId, checked: boolean): void {
    const domains = this.form().domains.filter((d) => d !== domain);
    // Keep the product's domain order, whatever the order of clicks.
    const next = checked ? [...domains, domain] : domains;
    this.store.update({ domains: DOMAIN_IDS.filter((d) => next.includes(d)) });
  }

  protected addHomework(): void {
    const domain = this.form().domains[0] ?? 'stress';
    this.store.update({
      homework: [...this.form().homework, { domain, text: '' }],
    });
  }

  protected changeHomework(index: number, patch: Partial<Homework>): void {
    this.store.update({
      homework: this.form().homework.map((row, i) =>
        i === index ? { ...row, ...patch } : row,
      ),
    });
  }

  protected removeHomework(index: number): void {
    this.store.update({
      homework: this.form().homework.filter((_, i) => i !== index),
    });
  }

  protected async loadPrevious(): Promise<void> {
    try {
      const date = await this.store.loadPrevious();
      this.notify(
        date
          ? this.i18n.t('clientSessions.editor.loadedPrevious', {
              date: this.format.date(date),
            })
          : this.i18n.t('clientSessions.editor.noPrevious'),
      );
    } catch (error: unknown) {
      this.notify(this.errors.describe(error));
    }
  }

  /** Markdown around the selection, then the cursor back in the text. */
  protected applyFormat(format: MarkdownFormat): void {
    const area = this.noteText()?.nativeElement;
    if (!area) return;
    const edit = applyFormat(
      {
        text: area.value,
        start: area.selectionStart,
        end: area.selectionEnd,
      },
      format,
    );
    area.value = edit.text;
    area.dispatchEvent(new Event('input'));
    area.focus();
    area.setSelectionRange(edit.start, edit.end);
  }

  protected togglePreview(): void {
    this.preview.update((shown) => !shown);
    if (!this.preview())
      afterNextRender(() => this.noteText()?.nativeElement.focus(), {
        injector: this.injector,
      });
  }

  /** Saves now and closes; the note stays a draft to sign later. */
  protected async saveDraft(): Promise<void> {
    const saved = await this.store.saveDraft();
    if (saved) {
      this.notify(this.i18n.t('clientSessions.editor.draftSaved'));
      this.closed.emit(saved);
    }
  }

  protected async sign(): Promise<void> {
    const ok = await this.confirm.ask({
      title: this.i18n.t('clientSessions.editor.signTitle'),
      body: this.i18n.t('clientSessions.editor.signBody'),
      confirm: this.i18n.t('clientSessions.editor.sign'),
      cancel: this.i18n.t('common.cancel'),
    });
    if (!ok) return;
    const signed = await this.store.sign();
    if (signed) {
      this.notify(this.i18n.t('clientSessions.editor.signed'));
      this.closed.emit(signed);
    }
  }

  protected async close(): Promise<void> {
    await this.store.close();
    this.closed.emit(this.store.note());
  }

  private notify(message: string): void {
    this.snackBar.open(message, undefined, { duration: 4000 });
  }
}

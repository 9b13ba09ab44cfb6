import { MatSlideToggle } from '@angular/material/slide-toggle';
import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
  type WritableSignal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import type {
  MailKind,
  MailStatus,
  Outbox,
  OutboxMessage,
  UpdateMailSettingsRequest,
} from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { ErrorMessage } from '../../core/http/error-message';
import { HkDatePipe } from '../../core/i18n/format-pipes';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import type { TranslationKey } from '../../core/i18n/translations';
import { Alert } from '../../ui/alert/alert';
import { Icon } from '../../ui/icon/icon';
import type { IconName } from '../../ui/icon/icon-paths';
import { PageHeader } from '../../ui/page-header/page-header';
import { SkeletonRows } from '../../ui/skeleton/skeleton-rows';
import { MailApi } from '../mail-api';

const REMINDER_CHOICES = [null, 1, 2, 3, 5, 7] as const;
const APPOINTMENT_REMINDER_CHOICES = [null, 2, 12, 24, 48] as const;

/** A setting chosen from a list of counts, or off: the two reminders. */
interface ChoiceSetting {
  icon: IconName;
  heading: TranslationKey;
  label: TranslationKey;
  hint: TranslationKey;
  off: TranslationKey;
  /** Takes `count`. */
  choice: TranslationKey;
  testId: string;
  choices: readonly (number | null)[];
  /** undefined until the settings are loaded. */
  value: WritableSignal<number | null | undefined>;
  set(next: number | null): Promise<void>;
}

/**
 * Instellingen → E-mail (owner): what Herstelkompas sends and what became of
 * it. Without SMTP this is where a newcomer reads every mail, link included.
 */
@Component({
  selector: 'hk-outbox-page',
  imports: [
    FormsModule,
    MatSlideToggle,
    MatButton,
    MatCard,
    MatCardContent,
    MatFormField,
    MatLabel,
    MatHint,
    MatSelect,
    MatOption,
    TranslatePipe,
    HkDatePipe,
    Alert,
    Icon,
    PageHeader,
    SkeletonRows,
  ],
  templateUrl: './outbox-page.html',
  styleUrl: './outbox-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OutboxPage {
  private readonly api = inject(MailApi);
  private readonly errors = inject(ErrorMessage);
  private readonly i18n = inject(I18n);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly outbox = signal<Outbox | null>(null);
  protected readonly reminderDays = signal<number | null | undefined>(
    undefined,
  );
  protected readonly messaging = signal<boolean | undefined>(undefined);
  protected readonly checkInRedFlags = signal<boolean | undefined>(undefined);
  protected readonly appointmentHours = signal<number | null | undefined>(
    undefined,
  );
  protected readonly failure = signal<string | null>(null);
  protected readonly choiceSettings: readonly ChoiceSetting[] = [
    {
      icon: 'schedule',
      heading: 'mail.reminder.heading',
      label: 'mail.reminder.label',
      hint: 'mail.reminder.hint',
      off: 'mail.reminder.off',
      choice: 'mail.reminder.days',
      testId: 'outbox-reminder',
      choices: REMINDER_CHOICES,
      value: this.reminderDays,
      set: (days) =>
        this.save(this.reminderDays, days, { intakeReminderDays: days }),
    },
    {
      icon: 'event',
      heading: 'mail.appointmentReminder.heading',
      label: 'mail.appointmentReminder.label',
      hint: 'mail.appointmentReminder.hint',
      off: 'mail.appointmentReminder.off',
      choice: 'mail.appointmentReminder.hours',
      testId: 'outbox-appointment-reminder',
      choices: APPOINTMENT_REMINDER_CHOICES,
      value: this.appointmentHours,
      set: (hours) =>
        this.save(this.appointmentHours, hours, {
          appointmentReminderHours: hours,
        }),
    },
  ];

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.failure.set(null);
    try {
      const [outbox, settings] = await Promise.all([
        firstValueFrom(this.api.outbox()),
        firstValueFrom(this.api.settings()),
      ]);
      this.outbox.set(outbox);
      this.reminderDays.set(settings.intakeReminderDays);
      this.appointmentHours.set(settings.appointmentReminderHours);
      this.messaging.set(settings.messagingEnabled);
      this.checkInRedFlags.set(settings.checkInRedFlags);
    } catch (error: unknown) {
      this.failure.set(this.errors.describe(error));
    }
  }

  protected async setMessaging(on: boolean): Promise<void> {
    const before = this.messaging();
    this.messaging.set(on);
    try {
      await firstValueFrom(this.api.updateSettings({ messagingEnabled: on }));
      this.snackBar.open(this.i18n.t('mail.reminder.saved'), undefined, {
        duration: 3000,
      });
    } catch (error: unknown) {
      this.messaging.set(before);
      this.snackBar.open(this.errors.describe(error), undefined, {
        duration: 5000,
      });
    }
  }

  protected async setCheckInRedFlags(on: boolean): Promise<void> {
    const before = this.checkInRedFlags();
    this.checkInRedFlags.set(on);
    try {
      await firstValueFrom(this.api.updateSettings({ checkInRedFlags: on }));
      this.snackBar.open(this.i18n.t('mail.reminder.saved'), undefined, {
        duration: 3000,
      });
    } catch (error: unknown) {
      this.checkInRedFlags.set(before);
      this.snackBar.open(this.errors.describe(error), undefined, {
        duration: 5000,
      });
    }
  }

  /** Shows the choice at once; puts the old one back if saving fails. */
  private async save(
    value: WritableSignal<number | null | undefined>,
    next: number | null,
    change: UpdateMailSettingsRequest,
  ): Promise<void> {
    const before = value();
    value.set(next);
    try {
      await firstValueFrom(this.api.updateSettings(change));
      this.snackBar.open(this.i18n.t('mail.reminder.saved'), undefined, {
        duration: 3000,
      });
    } catch (error: unknown) {
      value.set(before);
      this.failure.set(this.errors.describe(error));
    }
  }

  protected choiceLabel(setting: ChoiceSetting, value: number | null): string {
    return value === null
      ? this.i18n.t(setting.off)
      : this.i18n.t(setting.choice, { count: value });
  }

  protected kindKey(kind: MailKind) {
    return `mail.kinds.${kind}` as const;
  }

  protected statusKey(status: MailStatus) {
    return `mail.status.${status}` as const;
  }

  protected statusIcon(status: MailStatus): IconName {
    switch (status) {
      case 'sent':
        return 'check_circle';
      case 'failed':
      case 'refused':
        return 'error';
      case 'retrying':
      case 'scheduled':
        return 'schedule';
      case 'unsent':
      case 'cancelled':
        return 'pause_circle';
      default:
        return 'mail';
    }
  }

  protected problem(message: OutboxMessage): boolean {
    return ['failed', 'refused', 'retrying'].includes(message.status);
  }
}

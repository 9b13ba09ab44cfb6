import { Clipboard } from '@angular/cdk/clipboard';
import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Icon } from '../../ui/icon/icon';

/** The recovery codes, shown once: copy, download, then confirm they are kept. */
@Component({
  selector: 'hk-recovery-codes',
  imports: [MatButton, Icon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h3>{{ 'security.codes.heading' | t }}</h3>
    <p class="intro">{{ 'security.codes.intro' | t }}</p>
    <ol class="codes" data-testid="recovery-codes">
      @for (code of codes(); track code) {
        <li>
          <code>{{ code }}</code>
        </li>
      }
    </ol>
    <div class="actions">
      <button matButton="outlined" type="button" (click)="copy()">
        <hk-icon matButtonIcon name="content_copy" />
        {{ 'security.codes.copy' | t }}
      </button>
      <button matButton="outlined" type="button" (click)="download()">
        <hk-icon matButtonIcon name="download" />
        {{ 'security.codes.download' | t }}
      </button>
      <button
        matButton="filled"
        type="button"
        data-testid="recovery-codes-saved"
        (click)="saved.emit()"
      >
        <hk-icon matButtonIcon name="check" />
        {{ 'security.codes.saved' | t }}
      </button>
    </div>
    @if (copied()) {
      <p class="status" role="status">{{ 'security.codes.copied' | t }}</p>
    }
  `,
  styles: `
    h3 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-medium);
    }
    .intro {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
    }
    .codes {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(170px, 1fr));
      gap: 8px 24px;
      margin: 0 0 16px;
      padding: 16px 16px 16px 40px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-surface-container);
    }
    code {
      font-size: 1rem;
      letter-spacing: 0.05em;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .status {
      margin: 8px 0 0;
    }
  `,
})
export class RecoveryCodesPanel {
  private readonly clipboard = inject(Clipboard);
  private readonly i18n = inject(I18n);

  readonly codes = input.required<string[]>();
  readonly email = input.required<string>();
  readonly saved = output<void>();

  protected readonly copied = signal(false);

  protected copy(): void {
    this.copied.set(this.clipboard.copy(this.text()));
  }

  protected download(): void {
    const blob = new Blob([this.text()], { type: 'text/plain;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'herstelkompas-herstelcodes.txt';
    link.click();
    URL.revokeObjectURL(url);
  }

  private text(): string {
    const title = this.i18n.t('security.codes.fileTitle', {
      email: this.email(),
    });
    return `${title}\n\n${this.codes().join('\n')}\n`;
  }
}

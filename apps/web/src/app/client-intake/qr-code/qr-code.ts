import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { create } from 'qrcode';

// Four modules of white around the code, as scanners expect.
const QUIET_ZONE = 4;

/** The dark modules of a QR code as one SVG path: M x y h1 v1 h-1 z each. */
export function qrPath(text: string): { size: number; path: string } {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) {
        parts.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
      }
    }
  }
  return { size: modules.size + 2 * QUIET_ZONE, path: parts.join('') };
}

/**
 * A QR code drawn as SVG (sharp at any size, prints well), so a tablet in
 * the practice can open the intake link without typing it.
 */
@Component({
  selector: 'hk-qr-code',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg
      role="img"
      shape-rendering="crispEdges"
      [attr.viewBox]="'0 0 ' + code().size + ' ' + code().size"
      [attr.aria-label]="label()"
    >
      <rect width="100%" height="100%" fill="#fff" />
      <path fill="#000" [attr.d]="code().path" />
    </svg>
  `,
  styles: `
    :host {
      display: block;
      width: 180px;
      max-width: 100%;
      print-color-adjust: exact;
    }
    svg {
      display: block;
      width: 100%;
      height: auto;
    }
  `,
})
export class QrCode {
  readonly value = input.required<string>();
  readonly label = input.required<string>();
  protected readonly code = computed(() => qrPath(this.value()));
}

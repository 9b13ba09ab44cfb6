import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import { buildReview } from '../../../testing/assessment';
import { settle } from '../../../testing/build-user';
import { byTestId, typeInto } from '../../../testing/dom';
import { AckDialog, type AckDialogData } from './ack-dialog';

describe('AckDialog', () => {
  function open(acknowledge: AckDialogData['acknowledge']) {
    localStorage.clear();
    const ref = TestBed.inject(MatDialog).open<
      AckDialog,
      AckDialogData,
      boolean
    >(AckDialog, { data: { review: buildReview(), acknowledge } });
    return ref;
  }

  async function choose(action: string): Promise<void> {
    byTestId(`ack-action-${action}`)
      ?.querySelector<HTMLInputElement>('input')
      ?.click();
    await settle();
  }

  async function confirm(): Promise<void> {
    byTestId('ack-confirm')?.click();
    await settle();
  }

  afterEach(() => TestBed.inject(MatDialog).closeAll());

  it('shows the flag in words: condition, urgency and date', async () => {
    open(jest.fn());
    await settle();
    const text = document.querySelector('hk-ack-dialog')?.textContent ?? '';
    expect(text).toContain('Maligniteit');
    expect(text).toContain('Overleg met de huisarts');
    expect(text).toContain('Gemeld op 22-11-2026');
  });

  it('asks for an action before anything is sent', async () => {
    const acknowledge = jest.fn();
    open(acknowledge);
    await settle();
    await confirm();
    expect(byTestId('ack-action-error')?.textContent).toContain(
      'Kies wat je hebt gedaan',
    );
    expect(acknowledge).not.toHaveBeenCalled();
  });

  it('needs the reason for "geen actie nodig, want …"', async () => {
    const acknowledge = jest.fn().mockResolvedValue(undefined);
    const ref = open(acknowledge);
    await settle();
    await choose('no_action_needed');
    await confirm();
    expect(byTestId('ack-note-error')?.textContent).toContain('verplicht');
    expect(document.activeElement).toBe(byTestId('ack-note'));
    expect(acknowledge).not.toHaveBeenCalled();

    typeInto('ack-note', '  al bekend bij de huisarts ');
    await settle();
    const closed = firstValueFrom(ref.afterClosed());
    await confirm();
    expect(acknowledge).toHaveBeenCalledWith({
      action: 'no_action_needed',
      note: 'al bekend bij de huisarts',
    });
    await expect(closed).resolves.toBe(true);
  });

  it('keeps the choice and says why when saving fails', async () => {
    const acknowledge = jest.fn().mockRejectedValue(new Error('x'));
    open(acknowledge);
    await settle();
    await choose('gp_called');
    await confirm();
    await settle();
    expect(byTestId('ack-error')).not.toBeNull();
    expect(
      byTestId('ack-action-gp_called')?.querySelector('input')?.checked,
    ).toBe(true);
  });
});

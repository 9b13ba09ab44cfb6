import { HttpErrorResponse } from '@angular/common/http';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type { CreateGoalRequest, Goal } from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { settle } from '../../../testing/build-user';
import { byTestId, typeInto } from '../../../testing/dom';
import { toGoalRequest } from '../goal-form';
import { GoalDialog, type GoalDialogData } from './goal-dialog';

function buildGoal(overrides: Partial<Goal> = {}): Goal {
  return {
    id: 'g-1',
    clientId: 'c-1',
    domain: 'sleep',
    description: 'Beter doorslapen',
    target: { kind: 'score_below', value: 40 },
    dueDate: '2027-03-01',
    status: 'active',
    progress: { latestScore: 52, met: false },
    createdAt: '2026-11-25T10:00:00Z',
    updatedAt: '2026-11-25T10:00:00Z',
    ...overrides,
  };
}

describe('toGoalRequest', () => {
  const base = {
    domain: 'sleep' as const,
    description: '  Beter doorslapen ',
    targetKind: 'none' as const,
    value: '',
    targetText: '',
    dueDate: '',
    status: 'active' as const,
  };

  it('builds the request with a trimmed description and no target', () => {
    expect(toGoalRequest(base)).toEqual({
      ok: true,
      request: {
        domain: 'sleep',
        description: 'Beter doorslapen',
        target: null,
        dueDate: null,
        status: 'active',
      },
    });
  });

  it.each([
    ['40', 40],
    ['37,5', 37.5],
    ['0', 0],
    ['100', 100],
  ])('reads the score target %s as %s', (value, expected) => {
    const check = toGoalRequest({ ...base, targetKind: 'score_below', value });
    expect(check.ok && check.request.target).toEqual({
      kind: 'score_below',
      value: expected,
    });
  });

  it.each(['', '-1', '101', 'veertig'])(
    'refuses the score target "%s"',
    (value) => {
      expect(
        toGoalRequest({ ...base, targetKind: 'score_below', value }),
      ).toEqual({
        ok: false,
        errors: { value: 'clientGoals.dialog.errors.valueRange' },
      });
    },
  );

  it('asks for a domain, a description, target words and a real date', () => {
    expect(
      toGoalRequest({
        ...base,
        domain: '',
        description: ' ',
        targetKind: 'text',
        dueDate: '31-02-2027',
      }),
    ).toEqual({
      ok: false,
      errors: {
        domain: 'clientGoals.dialog.errors.domainRequired',
        description: 'clientGoals.dialog.errors.descriptionRequired',
        targetText: 'clientGoals.dialog.errors.textRequired',
        dueDate: 'clientGoals.dialog.errors.dateFormat',
      },
    });
  });

  it('sends the due date as ISO', () => {
    const check = toGoalRequest({ ...base, dueDate: '1-3-2027' });
    expect(check.ok && check.request.dueDate).toBe('2027-03-01');
  });
});

describe('GoalDialog', () => {
  let save: jest.Mock<Promise<Goal>, [CreateGoalRequest]>;
  let closed: Promise<Goal | undefined>;

  async function stable(): Promise<void> {
    await settle();
    TestBed.inject(ApplicationRef).tick();
    await settle();
  }

  async function open(goal?: Goal): Promise<void> {
    localStorage.clear();
    save = jest.fn();
    const ref = TestBed.inject(MatDialog).open<
      GoalDialog,
      GoalDialogData,
      Goal
    >(GoalDialog, { data: goal ? { goal, save } : { save } });
    closed = firstValueFrom(ref.afterClosed());
    await stable();
  }

  function choose(testId: string, value: string): void {
    const select = byTestId<HTMLSelectElement>(testId);
    if (!select) throw new Error(`no select ${testId}`);
    select.value = value;
    select.dispatchEvent(new Event('change'));
  }

  afterEach(() => TestBed.inject(MatDialog).closeAll());

  it('saves a goal with a score target and closes with it', async () => {
    await open();
    choose('goal-domain', 'sleep');
    typeInto('goal-description', 'Beter doorslapen');
    byTestId('goal-target-score_below')?.querySelector('input')?.click();
    await stable();
    typeInto('goal-target-value', '40');
    typeInto('goal-due-date', '01-03-2027');
    const goal = buildGoal();
    save.mockResolvedValue(goal);
    byTestId('goal-save')?.click();
    await stable();

    expect(save).toHaveBeenCalledWith({
      domain: 'sleep',
      description: 'Beter doorslapen',
      target: { kind: 'score_below', value: 40 },
      dueDate: '2027-03-01',
      status: 'active',
    });
    await expect(closed).resolves.toBe(goal);
  });

  it('opens an existing goal filled in, and saves the changes', async () => {
    await open(
      buildGoal({
        target: { kind: 'score_below', value: 37.5 },
        dueDate: '2027-03-01',
      }),
    );
    expect(document.querySelector('[mat-dialog-title]')?.textContent).toContain(
      'Doel bewerken',
    );
    expect(byTestId<HTMLSelectElement>('goal-domain')?.value).toBe('sleep');
    expect(byTestId<HTMLTextAreaElement>('goal-description')?.value).toBe(
      'Beter doorslapen',
    );
    expect(byTestId<HTMLInputElement>('goal-target-value')?.value).toBe('37,5');
    expect(byTestId<HTMLInputElement>('goal-due-date')?.value).toBe(
      '01-03-2027',
    );
    typeInto('goal-description', 'Zes uur doorslapen');
    choose('goal-status', 'achieved');
    save.mockResolvedValue(buildGoal({ description: 'Zes uur doorslapen' }));
    byTestId('goal-save')?.click();
    await stable();

    expect(save).toHaveBeenCalledWith({
      domain: 'sleep',
      description: 'Zes uur doorslapen',
      target: { kind: 'score_below', value: 37.5 },
      dueDate: '2027-03-01',
      status: 'achieved',
    });
  });

  it('shows what is missing under the fields and sends nothing', async () => {
    await open();
    byTestId('goal-target-score_below')?.querySelector('input')?.click();
    await stable();
    typeInto('goal-target-value', '120');
    byTestId('goal-save')?.click();
    await stable();

    expect(save).not.toHaveBeenCalled();
    const errors = Array.from(document.querySelectorAll('mat-error')).map((e) =>
      e.textContent?.trim(),
    );
    expect(errors).toEqual([
      'Kies een domein.',
      'Beschrijf het doel.',
      'Vul een getal van 0 tot 100 in.',
    ]);
  });

  it('keeps the input and shows the API message when saving fails', async () => {
    await open();
    choose('goal-domain', 'stress');
    typeInto('goal-description', 'Elke avond ontspannen');
    save.mockRejectedValue(
      new HttpErrorResponse({
        status: 400,
        error: {
          statusCode: 400,
          code: 'validation',
          message: 'Niet alle velden zijn goed ingevuld.',
          details: [
            {
              field: 'description',
              code: 'too_long',
              message: 'De omschrijving is te lang.',
            },
          ],
        },
      }),
    );
    byTestId('goal-save')?.click();
    await stable();

    expect(byTestId('goal-error')?.textContent).toContain(
      'Niet alle velden zijn goed ingevuld.',
    );
    expect(document.querySelector('mat-error')?.textContent?.trim()).toBe(
      'De omschrijving is te lang.',
    );
    expect(byTestId<HTMLTextAreaElement>('goal-description')?.value).toBe(
      'Elke avond ontspannen',
    );
  });
});

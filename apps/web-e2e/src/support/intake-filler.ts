import type {
  InstrumentDefinition,
  InstrumentItem,
} from '@herstelkompas/domain';
import type { Page } from 'playwright-core';

/**
 * Answers the visible items of the current intake step through the UI, the
 * way a client taps: the middle of each scale, "nee" to yes/no questions
 * (unless told otherwise), the first option of a choice, a small number.
 */
export async function answerStep(
  page: Page,
  definition: InstrumentDefinition,
  stepId: string,
  yes: string[] = [],
): Promise<void> {
  const step = definition.steps.find((s) => s.id === stepId);
  if (!step) throw new Error(`no step ${stepId}`);
  // Two passes: an answer can switch on a follow-up question (enableWhen)
  // that appears only after the first pass has moved on.
  for (let pass = 0; pass < 2; pass++) {
    for (const itemId of step.itemIds) {
      const container = page.getByTestId(`item-${itemId}`);
      if (!(await container.isVisible())) continue; // disabled by enableWhen
      const item = definition.items.find(
        (i) => i.id === itemId,
      ) as InstrumentItem;
      // A checkbox toggles: tick it once only.
      if (pass > 0 && item.answer.kind === 'multi_choice') continue;
      await answerItem(page, item, yes.includes(itemId));
    }
    await page.waitForTimeout(150);
  }
}

async function answerItem(
  page: Page,
  item: InstrumentItem,
  yes: boolean,
): Promise<void> {
  const type = item.answer;
  switch (type.kind) {
    case 'scale':
      await page
        .getByTestId(
          `scale-${item.id}-${Math.round((type.min + type.max) / 2)}`,
        )
        .click();
      break;
    case 'yes_no':
      await page.getByTestId(`${yes ? 'yes' : 'no'}-${item.id}`).click();
      break;
    case 'number':
      await page
        .getByTestId(`number-${item.id}`)
        .fill(String(type.min + (type.integer ? 1 : 0)));
      break;
    case 'single_choice':
    case 'multi_choice':
      await page
        .getByTestId(`choice-${item.id}-${type.options[0]?.id}`)
        .click();
      break;
    case 'free_text':
      if (item.required)
        await page
          .getByTestId(`item-${item.id}`)
          .locator('textarea, input')
          .first()
          .fill('geen bijzonderheden');
      break;
  }
}

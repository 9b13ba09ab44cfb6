/** Small DOM helpers for component tests; they search the whole document
 * because dialogs, menus and select panels render in an overlay. */

export function byTestId<T extends HTMLElement = HTMLElement>(
  testId: string,
): T | null {
  return document.querySelector<T>(`[data-testid="${testId}"]`);
}

export function allByTestId(testId: string): HTMLElement[] {
  return Array.from(
    document.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`),
  );
}

/** The first element matching `selector` whose trimmed text is `text`. */
export function byText<T extends HTMLElement = HTMLElement>(
  selector: string,
  text: string,
): T | null {
  return (
    Array.from(document.querySelectorAll<T>(selector)).find(
      (element) => element.textContent?.trim() === text,
    ) ?? null
  );
}

/** Types into an input as a user would, firing input and blur. */
export function typeInto(testId: string, value: string): void {
  const input = byTestId<HTMLInputElement>(testId);
  if (!input) throw new Error(`no element with data-testid ${testId}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('blur'));
}

export function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until `condition` holds, e.g. a dialog finished closing. */
export async function waitFor(
  condition: () => boolean,
  timeoutMs = 2000,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('waitFor: condition never held');
    await wait(10);
  }
}

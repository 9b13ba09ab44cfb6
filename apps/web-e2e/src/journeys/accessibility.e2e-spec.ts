import type { Browser } from 'playwright-core';
import { expectAccessible } from '../support/accessibility';
import { launch, newContext } from '../support/browser';

/**
 * The check itself: every journey calls expectAccessible on the screens it
 * reaches; here it must see a violation put on a clean screen, at either size.
 */
describe('the accessibility check', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it('passes the sign-in screen and fails it with an unlabelled field, naming rule, element and screen', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByTestId('login-email').waitFor();
    await expectAccessible(page, 'sign-in');

    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'unlabelled-probe';
      document.body.append(input);
    });
    await expect(expectAccessible(page, 'sign-in (broken)')).rejects.toThrow(
      /\[sign-in \(broken\), desktop\] label \(\w+\)[\s\S]*#unlabelled-probe[\s\S]*\[sign-in \(broken\), phone\] label/,
    );
    // The window is put back to its own size.
    expect(page.viewportSize()).toEqual({ width: 1280, height: 800 });
    await context.close();
  });
});

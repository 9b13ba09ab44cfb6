import type { Page } from 'playwright-core';

/**
 * Calls the API from inside a signed-in page, as the app itself would:
 * with the session cookie and the CSRF token echoed from its cookie.
 */
export async function apiCall<T>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: T }> {
  const cookies = await page.context().cookies();
  const xsrf = cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const response = await page.request.fetch(path, {
    method,
    headers: { 'x-xsrf-token': xsrf, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { data: JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status(),
    json: (text ? JSON.parse(text) : null) as T,
  };
}

import { HttpErrorResponse } from '@angular/common/http';
import { DOCUMENT, Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { type ApiFailure, toApiFailure } from '../core/http/api-error';
import { ReportApi } from './report-api';

/**
 * The saved name from `Content-Disposition`: the exact UTF-8 name
 * (`filename*`) when given, else the plain one, else the fallback.
 */
export function fileNameFrom(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const exact = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (exact) {
    try {
      return decodeURIComponent(exact.trim());
    } catch {
      // A malformed escape: the plain name below is still fine.
    }
  }
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

/**
 * Downloads a file the API makes on request (a PDF, a ZIP). It is fetched
 * first and then saved, rather than followed as a plain link, so a refusal
 * (a 400 with the API's reasons) can be shown on the page instead of as a
 * broken download.
 */
@Injectable({ providedIn: 'root' })
export class FileDownload {
  private readonly api = inject(ReportApi);
  private readonly document = inject(DOCUMENT);

  /** Resolves once the browser has the file; rejects with an ApiFailure. */
  async save(
    url: string,
    fallbackName: string,
    method: 'GET' | 'POST' = 'GET',
  ): Promise<void> {
    let blob: Blob;
    let name: string;
    try {
      const response = await firstValueFrom(this.api.file(url, method));
      blob = response.body ?? new Blob();
      name = fileNameFrom(
        response.headers.get('content-disposition'),
        fallbackName,
      );
    } catch (error: unknown) {
      throw await readFailure(error);
    }
    const link = this.document.createElement('a');
    const href = URL.createObjectURL(blob);
    link.href = href;
    link.download = name;
    link.rel = 'noopener';
    this.document.body.appendChild(link);
    link.click();
    link.remove();
    // Give the browser a moment to start the download before letting go.
    setTimeout(() => URL.revokeObjectURL(href), 30_000);
  }
}

/** With `responseType: 'blob'` an error body arrives as a Blob too. */
export async function readFailure(error: unknown): Promise<ApiFailure> {
  if (error instanceof HttpErrorResponse && error.error instanceof Blob) {
    let body: unknown = null;
    try {
      body = JSON.parse(await readText(error.error));
    } catch {
      // Not JSON (a proxy's page): the status alone tells the story.
    }
    return toApiFailure(
      new HttpErrorResponse({
        error: body,
        status: error.status,
        statusText: error.statusText,
        url: error.url ?? undefined,
      }),
    );
  }
  return toApiFailure(error);
}

/** FileReader rather than Blob.text(): it works in every browser and jsdom. */
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

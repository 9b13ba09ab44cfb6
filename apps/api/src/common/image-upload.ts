import { LOGO_MAX_BYTES, LOGO_TYPES } from '@herstelkompas/contracts';

/**
 * The one route that takes a body other than JSON: the practice's logo, as
 * the image's bytes. Every other route stays JSON-only.
 */
export const IMAGE_UPLOAD = {
  method: 'PUT',
  path: '/api/practice/logo',
  types: LOGO_TYPES as readonly string[],
  maxBytes: LOGO_MAX_BYTES,
};

/** The media type of a Content-Type header, without parameters, lower-case. */
export function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

export function isImageUpload(method: string, path: string): boolean {
  return method === IMAGE_UPLOAD.method && path === IMAGE_UPLOAD.path;
}

/** Answers that may be kept by the browser (and revalidated): the logo only. */
export function isCacheableApiRead(method: string, path: string): boolean {
  return (method === 'GET' || method === 'HEAD') && path === IMAGE_UPLOAD.path;
}

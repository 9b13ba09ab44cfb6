import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyRequest } from 'fastify';
import { decodedPath, isApiPath } from './request-path';
import { preferredEncoding, type ContentEncoding } from './accept-encoding';

const SUFFIX: Record<ContentEncoding, string> = { br: '.br', gzip: '.gz' };

/**
 * The built web app's index.html, served for every GET outside /api that
 * matches no file, so deep links like /clienten/123 load the app. The build
 * writes brotli and gzip copies beside it (tools/precompress.mjs); the one
 * the browser accepts is sent.
 */
export class SpaIndex {
  private readonly file: string;
  private readonly cached = new Map<string, Buffer | null>();

  constructor(readonly root: string) {
    this.file = join(root, 'index.html');
  }

  get available(): boolean {
    return existsSync(this.file);
  }

  shouldServe(request: FastifyRequest): boolean {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    if (isApiPath(decodedPath(request.url))) return false;
    return this.available;
  }

  /** The body for this request: a precompressed copy when one fits its Accept-Encoding. */
  body(acceptEncoding: string | string[] | undefined): {
    body: Buffer;
    encoding?: ContentEncoding;
  } {
    const available = (['br', 'gzip'] as const).filter(
      (encoding) => this.read(this.file + SUFFIX[encoding]) !== null,
    );
    const encoding = preferredEncoding(acceptEncoding, available);
    if (encoding)
      return {
        body: this.read(this.file + SUFFIX[encoding]) as Buffer,
        encoding,
      };
    return { body: this.read(this.file) as Buffer };
  }

  private read(path: string): Buffer | null {
    if (!this.cached.has(path))
      this.cached.set(path, existsSync(path) ? readFileSync(path) : null);
    return this.cached.get(path) ?? null;
  }
}

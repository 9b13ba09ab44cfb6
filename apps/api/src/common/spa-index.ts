import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyRequest } from 'fastify';
import { decodedPath, isApiPath } from './request-path';
import { preferredEncoding, type ContentEncoding } from './accept-encoding';

const SUFFIX: Record<ContentEncoding, string> = { br: '.br', gzip: '.gz' };

/** A built chunk's file name, as route-preloads.json lists them. */
const CHUNK = /^[\w-]+\.js$/;

/**
 * The built web app's index.html, served for every GET outside /api that
 * matches no file, so deep links like /clienten/123 load the app. The build
 * writes brotli and gzip copies beside it (tools/precompress.mjs); the one
 * the browser accepts is sent.
 *
 * A page's own lazy chunks are listed in it as modulepreloads (from the
 * build's route-preloads.json, tools/route-preloads.mjs): a phone on a slow
 * network then fetches them alongside the app instead of discovering them
 * one round trip after another once the app runs.
 */
export class SpaIndex {
  private readonly file: string;
  private readonly cached = new Map<string, Buffer | null>();
  private preloads: Record<string, string[]> | undefined;

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

  /**
   * The body for this request: a compressed copy when one fits its
   * Accept-Encoding; with the preloads of the page at `path` when the build
   * listed any.
   */
  body(
    acceptEncoding: string | string[] | undefined,
    path = '/',
  ): {
    body: Buffer;
    encoding?: ContentEncoding;
  } {
    const segment = path.split('/')[1] ?? '';
    const chunks = this.preloadsOf(segment);
    if (chunks.length) {
      const encoding = preferredEncoding(acceptEncoding, ['br', 'gzip']);
      return {
        body: this.withPreloads(segment, chunks, encoding),
        ...(encoding ? { encoding } : {}),
      };
    }
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

  private preloadsOf(segment: string): string[] {
    if (this.preloads === undefined) {
      const file = join(dirname(this.root), 'route-preloads.json');
      try {
        this.preloads = existsSync(file)
          ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>)
          : {};
      } catch {
        // A damaged list costs speed, never the page.
        this.preloads = {};
      }
    }
    const chunks = Object.hasOwn(this.preloads, segment)
      ? this.preloads[segment]
      : [];
    return Array.isArray(chunks)
      ? chunks.filter((chunk) => CHUNK.test(chunk))
      : [];
  }

  /**
   * index.html with the page's chunks listed after the app's own files (at
   * the end of the body), so the app, which is needed first, is fetched
   * first; compressed once a path and kept.
   */
  private withPreloads(
    segment: string,
    chunks: string[],
    encoding: ContentEncoding | undefined,
  ): Buffer {
    const key = `${segment}\n${encoding ?? ''}`;
    const hit = this.cached.get(key);
    if (hit) return hit;
    const links = chunks
      .map((chunk) => `<link rel="modulepreload" href="/${chunk}">`)
      .join('');
    const html = Buffer.from(
      (this.read(this.file) as Buffer)
        .toString('utf8')
        .replace('</body>', `${links}</body>`),
    );
    const body =
      encoding === 'br'
        ? brotliCompressSync(html, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            },
          })
        : encoding === 'gzip'
          ? gzipSync(html, { level: constants.Z_BEST_COMPRESSION })
          : html;
    this.cached.set(key, body);
    return body;
  }

  private read(path: string): Buffer | null {
    if (!this.cached.has(path))
      this.cached.set(path, existsSync(path) ? readFileSync(path) : null);
    return this.cached.get(path) ?? null;
  }
}

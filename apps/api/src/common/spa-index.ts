import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyRequest } from 'fastify';
import { decodedPath, isApiPath } from './request-path';

/**
 * The built web app's index.html, served for every GET outside /api that
 * matches no file, so deep links like /clienten/123 load the app.
 */
export class SpaIndex {
  private readonly file: string;
  private cached?: string;

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

  html(): string {
    this.cached ??= readFileSync(this.file, 'utf8');
    return this.cached;
  }
}

import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';
import { decodedPath } from '../common/request-path';
import type { LogLevel } from '../config/config';

/**
 * Intake links carry their token in the path; logs keep only the shape.
 * Read on the decoded path, as the router reads it (`/api/%69ntake/<token>`
 * is an intake link too), and without the query.
 */
export function scrubUrl(url: string): string {
  const query = url.includes('?') && !url.endsWith('?') ? '?[query]' : '';
  return (
    decodedPath(url).replace(/\/intake\/[^/?#]+/gi, '/intake/[token]') + query
  );
}

/**
 * Structured JSON logs. Cookies, CSRF tokens and bodies never reach them, and
 * application code logs ids and events, never names, notes or answers.
 */
export function createLogger(level: LogLevel): Logger {
  return pino({
    level,
    base: { service: 'herstelkompas' },
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers["x-xsrf-token"]',
        'res.headers["set-cookie"]',
      ],
      remove: true,
    },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: scrubUrl(req.url),
      }),
    },
  });
}

/** Nest's start-up chatter: one line per module and route, useful only when debugging. */
const BOOT_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'NestApplication',
]);

/** Nest's logger calls routed into pino, keeping Nest's context as a field. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...params: unknown[]) {
    const context = params[params.length - 1];
    this.write(
      typeof context === 'string' && BOOT_CONTEXTS.has(context)
        ? 'debug'
        : 'info',
      message,
      params,
    );
  }
  error(message: unknown, ...params: unknown[]) {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]) {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]) {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]) {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]) {
    this.write('fatal', message, params);
  }

  private write(level: pino.Level, message: unknown, params: unknown[]) {
    const rest = [...params];
    const context =
      typeof rest[rest.length - 1] === 'string'
        ? (rest.pop() as string)
        : undefined;
    if (message !== null && typeof message === 'object') {
      const text = typeof rest[0] === 'string' ? rest[0] : '';
      this.logger[level]({ context, ...(message as object) }, text);
    } else {
      this.logger[level]({ context }, String(message));
    }
  }
}

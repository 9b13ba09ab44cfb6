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
 *
 * Lines go to stdout without blocking: a request's log line is queued and
 * written by the event loop, not with a synchronous write while the request
 * waits (a slow terminal or pipe would otherwise slow every request). What is
 * still queued is written synchronously when the process exits, and a fatal
 * error is logged and flushed before the process ends (see
 * {@link logFatalErrors}), so a crash still leaves its last lines.
 */
export function createLogger(
  level: LogLevel,
  fields: Record<string, unknown> = {},
): Logger {
  return pino(
    {
      level,
      base: { service: 'herstelkompas', ...fields },
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
    },
    pino.destination({ dest: 1, sync: false }),
  );
}

/** Writes what is queued now, synchronously: before an exit that skips the event loop. */
export function flushLogs(logger: Logger): void {
  try {
    const stream = (logger as unknown as Record<symbol, unknown>)[
      pino.symbols.streamSym
    ] as { flushSync?: () => void } | undefined;
    stream?.flushSync?.();
  } catch {
    // Nothing queued, or stdout is gone: nothing left to save.
  }
}

/**
 * An error nothing caught ends the process as before (exit code 1), but is
 * logged first as a fatal line and flushed, so the log says why.
 */
export function logFatalErrors(logger: Logger): void {
  process.on('uncaughtException', (error, origin) => {
    logger.fatal({ err: error, origin }, 'Unexpected error: stopping');
    flushLogs(logger);
    process.exit(1);
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

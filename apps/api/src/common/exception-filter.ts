import type { Language } from '@herstelkompas/contracts';
import type { ApiErrorBody, FieldError } from '@herstelkompas/contracts';
import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError, ValidationFailed } from './api-error';
import { languageOf, message, MessageCode } from './messages';
import { decodedPath } from './request-path';
import { SpaIndex } from './spa-index';

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const CODE_BY_STATUS: Record<number, MessageCode> = {
  400: 'bad_json',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'bad_json',
  429: 'rate_limited',
};

/**
 * One shape for every error body: `{statusCode, error, message, code, details?}`,
 * in the caller's language, never with a stack trace or SQL in it.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly spa: SpaIndex) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const status = statusOf(exception);

    if (status === 404 && this.spa.shouldServe(request)) {
      const { body, encoding } = this.spa.body(
        request.headers['accept-encoding'],
        decodedPath(request.url),
      );
      if (encoding) void reply.header('content-encoding', encoding);
      void reply
        .status(200)
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('vary', 'accept-encoding')
        .send(body);
      return;
    }
    if (isRefusedData(exception))
      // Validation should have caught it: worth a look, but the caller sent it.
      this.logger.warn(
        { reqId: request.id, sqlState: (exception as { code: string }).code },
        'Database refused a value',
      );
    if (status >= 500 && !(exception instanceof ApiError)) {
      // Message and stack go to the log only; bodies and SQL parameters never do.
      const error =
        exception instanceof Error ? exception : new Error(String(exception));
      this.logger.error(
        {
          reqId: request.id,
          err: {
            name: error.name,
            code: (error as { code?: unknown }).code,
            message: error.message,
            stack: error.stack,
          },
        },
        'Unhandled error',
      );
    }
    const body = this.body(
      exception,
      status,
      // The portal speaks the signed-in client's language, whatever the browser says.
      (request as { portal?: { language?: Language } }).portal?.language ??
        languageOf(request.headers['accept-language']),
    );
    if (body.retryAt) {
      const seconds = Math.max(
        1,
        Math.ceil((Date.parse(body.retryAt) - Date.now()) / 1000),
      );
      void reply.header('retry-after', String(seconds));
    }
    void reply
      .status(status)
      .type('application/json; charset=utf-8')
      .send(body);
  }

  private body(
    exception: unknown,
    status: number,
    lang: 'nl' | 'en',
  ): ApiErrorBody {
    const base = { statusCode: status, error: STATUS_TEXT[status] ?? 'Error' };
    if (exception instanceof ValidationFailed) {
      const details: FieldError[] = exception.fields.map((f) => ({
        field: f.field,
        code: f.code,
        message: f.text
          ? f.text[lang]
          : message(f.code as MessageCode, lang, f.params),
      }));
      return {
        ...base,
        code: 'validation',
        message: message('validation', lang),
        details,
      };
    }
    if (exception instanceof ApiError) {
      const { params = {}, details, retryAt, extra } = exception.extras;
      return {
        ...extra,
        ...base,
        code: exception.code,
        message: message(exception.code, lang, params),
        ...(details ? { details } : {}),
        ...(retryAt ? { retryAt: retryAt.toISOString() } : {}),
      };
    }
    if (isRefusedData(exception)) {
      return {
        ...base,
        code: 'invalid_value',
        message: message('invalid_value', lang),
      };
    }
    if (isDatabaseDown(exception)) {
      return {
        ...base,
        code: 'database_unavailable',
        message: message('database_unavailable', lang),
      };
    }
    const code = CODE_BY_STATUS[status] ?? 'internal';
    return { ...base, code, message: message(code, lang) };
  }
}

function statusOf(exception: unknown): number {
  if (exception instanceof HttpException) return exception.getStatus();
  if (isDatabaseDown(exception)) return 503;
  if (isRefusedData(exception)) return 400;
  const fastifyStatus = (exception as { statusCode?: unknown })?.statusCode;
  if (
    typeof fastifyStatus === 'number' &&
    fastifyStatus >= 400 &&
    fastifyStatus < 500
  )
    return fastifyStatus;
  return 500;
}

const DOWN_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  '57P01', // admin shutdown
  '57P02', // crash shutdown: another backend died
  '57P03', // cannot connect now: starting up or in crash recovery
]);

/**
 * Connection failures (server gone, restarting after a crash, pool
 * exhausted) are an outage, not a bug. The message is matched too: a server
 * in crash recovery refuses new connections before a code reaches us, and
 * TypeORM releases a transaction's connection when the server drops it, so
 * the request's next query reports a released query runner instead.
 */
export function isDatabaseDown(exception: unknown): boolean {
  const code = (exception as { code?: unknown })?.code;
  const text = exception instanceof Error ? exception.message : '';
  return (
    (typeof code === 'string' && (DOWN_CODES.has(code) || /^08/.test(code))) ||
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|not yet accepting connections|shutting down|in recovery mode)|query runner (was )?already released/i.test(
      text,
    )
  );
}

/**
 * PostgreSQL's "data exception" class (22xxx: value out of range, invalid
 * text representation, NUL in text, ...) is caused by what the caller sent.
 */
export function isRefusedData(exception: unknown): boolean {
  const code = (exception as { code?: unknown })?.code;
  return typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);
}

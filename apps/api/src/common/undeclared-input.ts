import {
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
} from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type { FastifyRequest } from 'fastify';
import { Observable } from 'rxjs';
import { RawFieldError, ValidationFailed } from './api-error';

/**
 * What a route did not ask for is refused, as the DTOs refuse unknown fields:
 * a body sent to a route without one, a query on a route that reads none.
 * Otherwise such input would pass unseen, and a typo in a client would too.
 */
@Injectable()
export class UndeclaredInputInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const declared = declaredInputs(context);
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const problems = undeclaredInput(request, declared);
    if (problems.length) throw new ValidationFailed(problems);
    return next.handle();
  }
}

export function undeclaredInput(
  request: Pick<FastifyRequest, 'body' | 'query'>,
  declared: { body: boolean; query: boolean },
): RawFieldError[] {
  const problems: RawFieldError[] = [];
  if (!declared.query)
    for (const key of Object.keys((request.query as object | null) ?? {}))
      problems.push({ field: key, code: 'unknown_field' });
  if (!declared.body && !isEmptyBody(request.body))
    problems.push({ field: 'body', code: 'unknown_field' });
  return problems;
}

/**
 * No body at all, or `{}` (what many HTTP clients send for a POST without
 * content). A JSON `null` is a value someone sent: refused like any other.
 */
function isEmptyBody(body: unknown): boolean {
  if (body === undefined || body === '') return true;
  return (
    typeof body === 'object' &&
    body !== null &&
    !Array.isArray(body) &&
    Object.keys(body).length === 0
  );
}

type Declared = { body: boolean; query: boolean };

/**
 * Per controller and handler: decorators do not change once the app runs,
 * so the metadata is read once rather than on every request.
 */
const declaredByRoute = new WeakMap<object, WeakMap<object, Declared>>();

function declaredInputs(context: ExecutionContext): Declared {
  const byHandler =
    declaredByRoute.get(context.getClass()) ?? new WeakMap<object, Declared>();
  declaredByRoute.set(context.getClass(), byHandler);
  const known = byHandler.get(context.getHandler());
  if (known) return known;
  const found = readDeclaredInputs(context);
  byHandler.set(context.getHandler(), found);
  return found;
}

function readDeclaredInputs(context: ExecutionContext): Declared {
  const args: Record<string, unknown> =
    Reflect.getMetadata(
      ROUTE_ARGS_METADATA,
      context.getClass(),
      context.getHandler().name,
    ) ?? {};
  // Handlers take @Req() for cookies and the address only; body and query come through decorators.
  const types = Object.keys(args).map((key) => Number(key.split(':')[0]));
  return {
    body: types.includes(RouteParamtypes.BODY),
    query: types.includes(RouteParamtypes.QUERY),
  };
}

import type { AuditAction } from '@herstelkompas/contracts';
import {
  CallHandler,
  ExecutionContext,
  Injectable,
  Logger,
  NestInterceptor,
} from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { catchError, from, mergeMap, Observable, throwError } from 'rxjs';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthedRequest } from '../common/auth-context';
import { ClientAccessDenied } from './client-access';

const ACTIONS: Record<string, AuditAction> = {
  GET: 'R',
  HEAD: 'R',
  POST: 'C',
  PUT: 'U',
  PATCH: 'U',
  DELETE: 'D',
};

/**
 * NEN 7513 asks for attempts too: a request refused on an existing client
 * record (or on the owner's views of all of them) is logged in the access log
 * of the practice that holds the record, outcome `denied`, with who asked,
 * from which practice, and which route.
 *
 * The refusal rolls back the request's own transaction, so the line is
 * written afterwards in a transaction of its own. The caller gets the same
 * answer as before; whatever happens to the line, nothing of it reaches them
 * (a line in practice A about someone of practice B is in A's log only).
 */
@Injectable()
export class DeniedAccessLog implements NestInterceptor {
  private readonly logger = new Logger('Access');

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<AuthedRequest>();
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (!(error instanceof ClientAccessDenied) || !request.auth)
          return throwError(() => error);
        return from(this.write(request, error)).pipe(
          mergeMap(() => throwError(() => error)),
        );
      }),
    );
  }

  private async write(
    request: AuthedRequest,
    denied: ClientAccessDenied,
  ): Promise<void> {
    const auth = request.auth as NonNullable<AuthedRequest['auth']>;
    const { record } = denied;
    const ua = request.headers['user-agent'];
    try {
      await this.dataSource.transaction((manager) =>
        this.audit.recordAs(
          manager,
          {
            practiceId: record.practiceId,
            userId: auth.practitionerId,
            role: auth.role,
            ip: request.ip,
            userAgent: typeof ua === 'string' ? ua.slice(0, 400) : null,
          },
          {
            event: 'client.access_denied',
            action: ACTIONS[request.method] ?? 'R',
            part: routeOf(request),
            clientId: record.clientId,
            onBehalfOfId: record.responsiblePractitionerId,
            outcome: 'denied',
            details: {
              method: request.method,
              status: denied.getStatus(),
              actorPracticeId: auth.practiceId,
            },
          },
        ),
      );
    } catch (error) {
      // The answer stays the refusal: a failed line must not tell the caller
      // that the record exists. Ids only in the application log.
      this.logger.error(
        {
          reqId: request.id,
          clientId: record.clientId,
          err: {
            name: (error as Error).name,
            code: (error as { code?: unknown }).code,
          },
        },
        'Refused access could not be logged',
      );
    }
  }
}

/** The route's pattern without the prefix (`clients/:id/goals`): never the ids. */
function routeOf(request: FastifyRequest): string {
  const url = request.routeOptions?.url ?? '';
  return url.replace(/^\/api\//, '') || 'unknown';
}

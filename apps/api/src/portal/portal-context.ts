import type { Language } from '@herstelkompas/contracts';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuditActor } from '../audit/audit.service';

/** A client signed in to the portal: everything they reach is scoped by it. */
export interface PortalContext {
  sessionId: string;
  clientId: string;
  practiceId: string;
  /** The client's own language: the portal's error messages are in it. */
  language: Language;
  ip: string;
  userAgent: string | null;
}

export type PortalRequest = FastifyRequest & { portal?: PortalContext };

export const Portal = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): PortalContext => {
    const portal = ctx.switchToHttp().getRequest<PortalRequest>().portal;
    if (!portal) throw new Error('Portal() used outside the portal guard');
    return portal;
  },
);

/** The client as the access log's actor: no practitioner, no role. */
export function portalActor(ctx: {
  practiceId: string;
  ip: string | null;
  userAgent: string | null;
}): AuditActor {
  return {
    practiceId: ctx.practiceId,
    userId: null,
    role: null,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
  };
}

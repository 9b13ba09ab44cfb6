import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { CurrentUser, PractitionerRole } from '@herstelkompas/contracts';
import type { FastifyRequest } from 'fastify';

/** Who is calling, as established by the session guard. Every data access is scoped by it. */
export interface AuthContext {
  sessionId: string;
  practitionerId: string;
  practiceId: string;
  role: PractitionerRole;
  /** Two-step sign-in is required but not set up: only enrolment is open. */
  mfaSetupRequired: boolean;
  /**
   * The signed-in user as the session check read them, in the same
   * statement: `GET /api/auth/me` answers with it instead of reading again.
   */
  user?: CurrentUser;
}

export type AuthedRequest = FastifyRequest & { auth?: AuthContext };

/** The caller's AuthContext in a controller: `@Auth() auth: AuthContext`. */
export const Auth = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): AuthContext => {
    const auth = ctx.switchToHttp().getRequest<AuthedRequest>().auth;
    if (!auth) throw new Error('Auth() used on a public route');
    return auth;
  },
);

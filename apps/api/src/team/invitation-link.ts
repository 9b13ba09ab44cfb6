import { hashToken, newToken } from '../auth/tokens';

/** How long a set-password link works. */
export const INVITATION_DAYS = 7;

export interface InvitationLink {
  url: string;
  tokenHash: string;
  expiresAt: Date;
}

/** A new one-time set-password link: only its hash is stored. */
export function newInvitationLink(publicUrl: string): InvitationLink {
  const token = newToken();
  return {
    url: `${publicUrl}/wachtwoord-instellen/${token}`,
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
  };
}

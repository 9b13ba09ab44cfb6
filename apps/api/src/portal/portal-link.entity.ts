import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Client } from '../clients/client.entity';

export type PortalLinkKind = 'invitation' | 'sign_in';

/**
 * A way into the portal: an invitation from the practitioner (days) or a
 * sign-in link the client asked for (15 minutes). Single use; only the
 * token's SHA-256 is stored. Five wrong dates of birth lock it, as on an
 * intake link.
 */
@Entity({ name: 'portal_links' })
@Index('ix_portal_links_client', ['clientId', 'createdAt'])
@Check('ck_portal_links_kind', `"kind" IN ('invitation', 'sign_in')`)
export class PortalLink {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'pk_portal_links',
  })
  id: string;

  @Column({ type: 'uuid' })
  practiceId: string;

  @Column({ type: 'uuid' })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'client_id',
    foreignKeyConstraintName: 'fk_portal_links_client',
  })
  client?: Client;

  @Column({ type: 'text' })
  kind: PortalLinkKind;

  @Index('ux_portal_links_token_hash', { unique: true })
  @Column({ type: 'text' })
  tokenHash: string;

  /** The practitioner who invited; null for a link the client asked for. */
  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  verifyFailures: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

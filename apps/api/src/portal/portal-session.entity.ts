import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Client } from '../clients/client.entity';

/**
 * A client's signed-in browser in the portal. Its own table, so no lookup of
 * a practitioner's session can ever find it, and the other way round.
 */
@Entity({ name: 'portal_sessions' })
@Index('ix_portal_sessions_client', ['clientId'])
export class PortalSession {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'pk_portal_sessions',
  })
  id: string;

  @Index('ux_portal_sessions_token_hash', { unique: true })
  @Column({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'uuid' })
  practiceId: string;

  @Column({ type: 'uuid' })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'client_id',
    foreignKeyConstraintName: 'fk_portal_sessions_client',
  })
  client?: Client;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  lastSeenAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}

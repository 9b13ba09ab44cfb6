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

export type MessageAuthor = 'client' | 'practitioner';

/**
 * A message between a client (in the portal) and the practice. `readAt`:
 * when the other side first listed it.
 */
@Entity({ name: 'portal_messages' })
@Index('ix_portal_messages_client', ['clientId', 'createdAt'])
@Check('ck_portal_messages_author', `"author" IN ('client', 'practitioner')`)
export class PortalMessage {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'pk_portal_messages',
  })
  id: string;

  @Column({ type: 'uuid' })
  practiceId: string;

  @Column({ type: 'uuid' })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'client_id',
    foreignKeyConstraintName: 'fk_portal_messages_client',
  })
  client?: Client;

  @Column({ type: 'text' })
  author: MessageAuthor;

  /** Who wrote it for the practice; null for the client's own. */
  @Column({ type: 'uuid', nullable: true })
  practitionerId: string | null;

  @Column({ type: 'text' })
  text: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}

import type {
  Homework,
  NoteStatus,
  SessionType,
} from '@herstelkompas/contracts';
import type { DomainId } from '@herstelkompas/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Client } from '../clients/client.entity';

/** A session note: a draft is free to edit; once signed, a trigger refuses any change. */
@Entity({ name: 'session_notes' })
@Index('ix_session_notes_client', ['clientId', 'sessionDate'])
@Index('ix_session_notes_author_status', ['authorId', 'status'])
@Check(
  'ck_session_notes_type',
  `"type" IN ('intake', 'coaching', 'follow_up', 'remote')`,
)
@Check('ck_session_notes_status', `"status" IN ('draft', 'signed')`)
export class SessionNote {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'pk_session_notes',
  })
  id: string;

  @Column({ type: 'uuid' })
  practiceId: string;

  @Column({ type: 'uuid' })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'client_id',
    foreignKeyConstraintName: 'fk_session_notes_client',
  })
  client?: Client;

  @Column({ type: 'uuid' })
  authorId: string;

  @Column({ type: 'timestamptz' })
  sessionDate: Date;

  @Column({ type: 'integer', nullable: true })
  durationMinutes: number | null;

  @Column({ type: 'text' })
  type: SessionType;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  domains: DomainId[];

  @Column({ type: 'smallint', nullable: true })
  painAtStart: number | null;

  @Column({ type: 'text', default: '' })
  text: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  homework: Homework[];

  @Column({ type: 'text', nullable: true })
  nextSteps: string | null;

  @Column({ type: 'boolean', default: false })
  includeInReport: boolean;

  @Column({ type: 'text', default: 'draft' })
  status: NoteStatus;

  @Column({ type: 'timestamptz', nullable: true })
  signedAt: Date | null;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

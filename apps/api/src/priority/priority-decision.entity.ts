import type { DomainId, RankingEntry, ReasonCode } from '@herstelkompas/domain';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Client } from '../clients/client.entity';

/** Append-only: a trigger refuses UPDATE; a newer decision supersedes an older one. */
@Entity({ name: 'priority_decisions' })
@Index('ix_priority_decisions_client', ['clientId', 'decidedAt'])
export class PriorityDecision {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'pk_priority_decisions',
  })
  id: string;

  @Column({ type: 'uuid' })
  practiceId: string;

  @Column({ type: 'uuid' })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'client_id',
    foreignKeyConstraintName: 'fk_priority_decisions_client',
  })
  client?: Client;

  @Column({ type: 'uuid' })
  assessmentId: string;

  @Column({ type: 'text' })
  algorithmVersion: string;

  @Column({ type: 'jsonb' })
  computedRanking: RankingEntry[];

  @Column({ type: 'text', array: true })
  finalOrder: DomainId[];

  @Column({ type: 'text', array: true })
  focusDomains: DomainId[];

  @Column({ type: 'text' })
  reasonCode: ReasonCode;

  @Column({ type: 'text', nullable: true })
  reasonText: string | null;

  @Column({ type: 'boolean' })
  differsFromComputed: boolean;

  @Column({ type: 'uuid' })
  decidedById: string;

  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  decidedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  supersedesId: string | null;
}

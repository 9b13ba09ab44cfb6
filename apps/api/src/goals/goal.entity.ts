import type { GoalStatus, GoalTarget } from '@herstelkompas/contracts';
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
} from 'typeorm';
import { Client } from '../clients/client.entity';

@Entity({ name: 'goals' })
@Index('ix_goals_client', ['clientId', 'createdAt'])
@Check(
  'ck_goals_status',
  `"status" IN ('proposed', 'active', 'achieved', 'not_achieved', 'dropped')`,
)
export class Goal {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_goals' })
  id: string;

  @Column({ type: 'uuid' })
  practiceId: string;

  @Column({ type: 'uuid' })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'client_id',
    foreignKeyConstraintName: 'fk_goals_client',
  })
  client?: Client;

  @Column({ type: 'text' })
  domain: DomainId;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'jsonb', nullable: true })
  target: GoalTarget;

  @Column({ type: 'date', nullable: true })
  dueDate: string | null;

  @Column({ type: 'text', default: 'proposed' })
  status: GoalStatus;

  @Column({ type: 'uuid' })
  createdById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

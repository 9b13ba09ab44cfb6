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

/** The optional daily mini-log: pain and hours slept, one per day. */
@Entity({ name: 'daily_logs' })
@Index('ux_daily_logs_client_day', ['clientId', 'day'], { unique: true })
@Check('ck_daily_logs_pain', `"pain" BETWEEN 0 AND 10`)
@Check(
  'ck_daily_logs_sleep',
  `"sleep_hours" BETWEEN 0 AND 14 AND "sleep_hours" * 2 = floor("sleep_hours" * 2)`,
)
export class DailyLog {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_daily_logs' })
  id: string;

  @Column({ type: 'uuid' })
  practiceId: string;

  @Column({ type: 'uuid' })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'client_id',
    foreignKeyConstraintName: 'fk_daily_logs_client',
  })
  client?: Client;

  /** The calendar day in Amsterdam, `YYYY-MM-DD`. */
  @Column({ type: 'date' })
  day: string;

  @Column({ type: 'smallint' })
  pain: number;

  @Column({
    type: 'numeric',
    precision: 3,
    scale: 1,
    transformer: {
      to: (value: number) => value,
      from: (value: string | null) => (value === null ? null : Number(value)),
    },
  })
  sleepHours: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

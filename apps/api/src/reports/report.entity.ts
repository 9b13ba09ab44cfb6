import type { ProgressReportOptions } from '@herstelkompas/contracts';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Client } from '../clients/client.entity';

/**
 * A generated report, kept byte for byte: a download gives exactly the file
 * that was handed out then, whatever changed in the record since.
 */
@Entity({ name: 'reports' })
@Index('ix_reports_client', ['clientId', 'generatedAt'])
@Index('ux_reports_fingerprint', ['clientId', 'fingerprint'], { unique: true })
@Check('ck_reports_kind', `"kind" IN ('progress')`)
export class Report {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_reports' })
  id: string;

  @Column({ type: 'uuid' })
  practiceId: string;

  @Column({ type: 'uuid' })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'client_id',
    foreignKeyConstraintName: 'fk_reports_client',
  })
  client?: Client;

  @Column({ type: 'text', default: 'progress' })
  kind: 'progress';

  @Column({ type: 'uuid' })
  generatedBy: string;

  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  generatedAt: Date;

  @Column({ type: 'jsonb' })
  options: ProgressReportOptions;

  @Column({ type: 'text' })
  fileName: string;

  /** Hex SHA-256 of `content`. */
  @Column({ type: 'text' })
  sha256: string;

  @Column({ type: 'integer' })
  sizeBytes: number;

  /**
   * Hex SHA-256 of everything the file is drawn from (options and data): the
   * same request again gets this report, never a second one. Null for
   * reports made before it was kept.
   */
  @Column({ type: 'text', nullable: true })
  fingerprint: string | null;

  /** Not loaded unless asked for: lists never carry the files. */
  @Column({ type: 'bytea', select: false })
  content?: Buffer;
}

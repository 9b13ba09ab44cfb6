import type {
  AppointmentStatus,
  AppointmentType,
} from '@herstelkompas/contracts';
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
import { Practitioner } from '../practices/practitioner.entity';

@Entity({ name: 'appointments' })
@Index('ix_appointments_practitioner_start', ['practitionerId', 'startAt'])
@Index('ix_appointments_client_start', ['clientId', 'startAt'])
@Index('ix_appointments_practice_start', ['practiceId', 'startAt'])
@Check(
  'ck_appointments_type',
  `"type" IN ('intake', 'coaching', 'follow_up', 'remote')`,
)
@Check(
  'ck_appointments_status',
  `"status" IN ('planned', 'done', 'cancelled', 'no_show')`,
)
@Check(
  'ck_appointments_duration',
  `"duration_minutes" BETWEEN 5 AND 480 AND "end_at" > "start_at"`,
)
export class Appointment {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'pk_appointments',
  })
  id: string;

  @Column({ type: 'uuid' })
  practiceId: string;

  @Column({ type: 'uuid' })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'client_id',
    foreignKeyConstraintName: 'fk_appointments_client',
  })
  client?: Client;

  @Column({ type: 'uuid' })
  practitionerId: string;

  @ManyToOne(() => Practitioner, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'practitioner_id',
    foreignKeyConstraintName: 'fk_appointments_practitioner',
  })
  practitioner?: Practitioner;

  @Column({ type: 'timestamptz' })
  startAt: Date;

  /** Stored beside the duration so overlaps and ranges are plain index scans. */
  @Column({ type: 'timestamptz' })
  endAt: Date;

  @Column({ type: 'integer' })
  durationMinutes: number;

  @Column({ type: 'text' })
  type: AppointmentType;

  @Column({ type: 'text', nullable: true })
  location: string | null;

  @Column({ type: 'text', default: 'planned' })
  status: AppointmentStatus;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid' })
  createdById: string;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

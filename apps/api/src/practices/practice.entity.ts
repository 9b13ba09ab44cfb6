import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity({ name: 'practices' })
export class Practice {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_practices' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** The seeded demonstration practice: its owner signs in with a password only. */
  @Column({ type: 'boolean', default: false })
  demo: boolean;

  /** Owners always need two-step sign-in; practitioners when the owner turns this on. */
  @Column({ type: 'boolean', default: false })
  mfaRequiredForPractitioners: boolean;

  /** Days after an e-mailed intake link a reminder goes when it is not finished; null: never. */
  @Column({ type: 'integer', nullable: true, default: 3 })
  intakeReminderDays: number | null;

  /** Hours before an appointment its client is reminded by e-mail; null: never. */
  @Column({ type: 'integer', nullable: true, default: 24 })
  appointmentReminderHours: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

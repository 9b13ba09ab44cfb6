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

  /** Clients and practitioners write each other in the portal; off: the portal only reads. */
  @Column({ type: 'boolean', default: true })
  messagingEnabled: boolean;

  /** The weekly check-in asks the short red-flag screen (default off). */
  @Column({ type: 'boolean', default: false })
  checkInRedFlags: boolean;

  @Column({ type: 'text', nullable: true })
  addressStreet: string | null;

  /** Dutch postal code, stored as "1234 AB". */
  @Column({ type: 'text', nullable: true })
  addressPostalCode: string | null;

  @Column({ type: 'text', nullable: true })
  addressCity: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  /** Always an https address. */
  @Column({ type: 'text', nullable: true })
  website: string | null;

  /** Chamber of Commerce number: 8 digits. */
  @Column({ type: 'text', nullable: true })
  kvk: string | null;

  /** AGB code (Vektis): 8 digits. */
  @Column({ type: 'text', nullable: true })
  agb: string | null;

  /** Closing text of a report when the practitioner wrote none. */
  @Column({ type: 'text', nullable: true })
  reportClosing: string | null;

  /** Where the practice's privacy statement is published (https). */
  @Column({ type: 'text', nullable: true })
  privacyStatementUrl: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

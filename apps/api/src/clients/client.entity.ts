import type {
  ClientStatus,
  GeneralPractitioner,
  Language,
  LegalBasis,
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
import { Practice } from '../practices/practice.entity';
import { Practitioner } from '../practices/practitioner.entity';

@Entity({ name: 'clients' })
@Index('ix_clients_practice_sort', ['practiceId', 'sortName'])
@Index('ix_clients_practice_status', ['practiceId', 'status'])
@Index('ix_clients_practice_responsible', [
  'practiceId',
  'responsiblePractitionerId',
])
@Index('ix_clients_practice_activity', ['practiceId', 'lastActivityAt'])
// Trigram and array indexes: created by the migration, ignored by the schema diff.
@Index('ix_clients_search_trgm', { synchronize: false })
@Index('ix_clients_tags', { synchronize: false })
@Index('ix_clients_focus_domains', { synchronize: false })
// Sorted by score, highest first, NULLS LAST: a shape the decorators cannot say.
@Index('ix_clients_practice_score', { synchronize: false })
@Check(
  'ck_clients_status',
  `"status" IN ('intake_pending', 'active', 'paused', 'completed', 'archived')`,
)
@Check('ck_clients_language', `"preferred_language" IN ('nl', 'en')`)
@Check(
  'ck_clients_legal_basis',
  `"legal_basis" IN ('explicit_consent', 'care_provider')`,
)
export class Client {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_clients' })
  id: string;

  @Column({ type: 'uuid' })
  practiceId: string;

  @ManyToOne(() => Practice, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'practice_id',
    foreignKeyConstraintName: 'fk_clients_practice',
  })
  practice?: Practice;

  @Column({ type: 'uuid' })
  responsiblePractitionerId: string;

  @ManyToOne(() => Practitioner, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'responsible_practitioner_id',
    foreignKeyConstraintName: 'fk_clients_responsible',
  })
  responsiblePractitioner?: Practitioner;

  @Column({ type: 'text' })
  firstName: string;

  @Column({ type: 'text' })
  lastName: string;

  /** "berg, jan van der": Dutch list order, lower-case and without accents. */
  @Column({ type: 'text' })
  sortName: string;

  /** Names and email, lower-case without accents: what search matches. */
  @Column({ type: 'text' })
  searchText: string;

  @Column({ type: 'date' })
  dateOfBirth: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', default: 'nl' })
  preferredLanguage: Language;

  @Column({ type: 'text', nullable: true })
  painLocation: string | null;

  @Column({ type: 'text', nullable: true })
  painDuration: string | null;

  @Column({ type: 'text', nullable: true })
  referralSource: string | null;

  /** The client's GP, to address a letter to; null when none is known. */
  @Column({ type: 'jsonb', nullable: true })
  gp: GeneralPractitioner | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ type: 'text', default: 'intake_pending' })
  status: ClientStatus;

  @Column({ type: 'text', default: 'explicit_consent' })
  legalBasis: LegalBasis;

  @Column({ type: 'timestamptz', nullable: true })
  consentGivenAt: Date | null;

  @Column({ type: 'text', nullable: true })
  consentPrivacyVersion: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  consentWithdrawnAt: Date | null;

  @Column({ type: 'boolean', default: false })
  painFocusOff: boolean;

  /** Denormalised from the latest assessment so the list needs no extra queries. */
  @Column({ type: 'jsonb', nullable: true })
  latestScores: Partial<Record<DomainId, number | null>> | null;

  /** Highest latest domain score, for sorting the list. */
  @Column({ type: 'real', nullable: true })
  maxScore: number | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  focusDomains: DomainId[];

  @Column({ type: 'integer', default: 0 })
  openRedFlagCount: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastActivityAt: Date;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

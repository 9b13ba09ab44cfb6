import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Practitioner } from '../practices/practitioner.entity';

/**
 * A practitioner's calendar subscription: one at a time, found by the hash
 * of its token (the token itself is only in the address handed out once).
 */
@Entity({ name: 'calendar_feeds' })
@Index('ux_calendar_feeds_practitioner', ['practitionerId'], { unique: true })
@Index('ux_calendar_feeds_token_hash', ['tokenHash'], { unique: true })
export class CalendarFeed {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'pk_calendar_feeds',
  })
  id: string;

  @Column({ type: 'uuid' })
  practiceId: string;

  @Column({ type: 'uuid' })
  practitionerId: string;

  @ManyToOne(() => Practitioner, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'practitioner_id',
    foreignKeyConstraintName: 'fk_calendar_feeds_practitioner',
  })
  practitioner?: Practitioner;

  @Column({ type: 'text' })
  tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

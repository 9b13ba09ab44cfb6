import {
  Column,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Practice } from './practice.entity';

/**
 * The practice's logo as the API re-encoded it (PNG, at most 600×200, no
 * metadata): never the uploaded file itself.
 */
@Entity({ name: 'practice_logos' })
export class PracticeLogo {
  @PrimaryColumn({
    type: 'uuid',
    primaryKeyConstraintName: 'pk_practice_logos',
  })
  practiceId: string;

  @OneToOne(() => Practice, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'practice_id',
    foreignKeyConstraintName: 'fk_practice_logos_practice',
  })
  practice?: Practice;

  @Column({ type: 'bytea' })
  image: Buffer;

  @Column({ type: 'integer' })
  width: number;

  @Column({ type: 'integer' })
  height: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

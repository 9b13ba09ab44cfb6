import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Practice } from '../practices/practice.entity';

/**
 * A lesson the practice wrote itself. The body is Markdown as typed: the
 * portal draws it element by element and never as HTML.
 */
@Entity({ name: 'practice_lessons' })
@Index('ix_practice_lessons_practice', ['practiceId', 'createdAt'])
export class PracticeLesson {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'pk_practice_lessons',
  })
  id: string;

  @Column({ type: 'uuid' })
  practiceId: string;

  @ManyToOne(() => Practice, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'practice_id',
    foreignKeyConstraintName: 'fk_practice_lessons_practice',
  })
  practice?: Practice;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'integer' })
  minutes: number;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** One of our six lessons that the practice does not offer its clients. */
@Entity({ name: 'practice_hidden_lessons' })
export class HiddenLesson {
  @PrimaryColumn({
    type: 'uuid',
    primaryKeyConstraintName: 'pk_practice_hidden_lessons',
  })
  practiceId: string;

  @PrimaryColumn({
    type: 'text',
    primaryKeyConstraintName: 'pk_practice_hidden_lessons',
  })
  lessonId: string;

  @ManyToOne(() => Practice, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'practice_id',
    foreignKeyConstraintName: 'fk_practice_hidden_lessons_practice',
  })
  practice?: Practice;

  @CreateDateColumn({ type: 'timestamptz' })
  hiddenAt: Date;
}

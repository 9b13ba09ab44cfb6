import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { SessionNote } from './session-note.entity';

/** A correction or addition to a signed note, shown with the original. */
@Entity({ name: 'session_note_addenda' })
@Index('ix_session_note_addenda_note', ['noteId', 'createdAt'])
export class NoteAddendum {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'pk_session_note_addenda',
  })
  id: string;

  @Column({ type: 'uuid' })
  practiceId: string;

  @Column({ type: 'uuid' })
  noteId: string;

  @ManyToOne(() => SessionNote, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'note_id',
    foreignKeyConstraintName: 'fk_session_note_addenda_note',
  })
  note?: SessionNote;

  @Column({ type: 'uuid' })
  authorId: string;

  @Column({ type: 'text' })
  text: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

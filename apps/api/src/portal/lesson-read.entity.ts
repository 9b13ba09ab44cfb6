import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Client } from '../clients/client.entity';

/** A lesson the client marked as read. */
@Entity({ name: 'portal_lesson_reads' })
export class LessonRead {
  @PrimaryColumn({
    type: 'uuid',
    primaryKeyConstraintName: 'pk_portal_lesson_reads',
  })
  clientId: string;

  @PrimaryColumn({
    type: 'text',
    primaryKeyConstraintName: 'pk_portal_lesson_reads',
  })
  lessonId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'client_id',
    foreignKeyConstraintName: 'fk_portal_lesson_reads_client',
  })
  client?: Client;

  @Column({ type: 'uuid' })
  practiceId: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  readAt: Date;
}

import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { Practitioner } from '../practices/practitioner.entity';
import { Client } from './client.entity';

/** A client made visible to a practitioner who is not responsible for them. */
@Entity({ name: 'client_shares' })
@Index('ix_client_shares_practitioner', ['practitionerId'])
export class ClientShare {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_client_shares' })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'client_id',
    foreignKeyConstraintName: 'fk_client_shares_client',
  })
  client?: Client;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_client_shares' })
  practitionerId: string;

  @ManyToOne(() => Practitioner, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'practitioner_id',
    foreignKeyConstraintName: 'fk_client_shares_practitioner',
  })
  practitioner?: Practitioner;

  @Column({ type: 'uuid' })
  practiceId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

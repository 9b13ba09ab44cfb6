import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Requests per key per window, counted in PostgreSQL so every API process
 * shares the limit. Old windows are pruned now and then.
 */
@Entity({ name: 'rate_limit_hits' })
export class RateLimitHit {
  @PrimaryColumn({
    type: 'text',
    primaryKeyConstraintName: 'pk_rate_limit_hits',
  })
  key: string;

  @PrimaryColumn({
    type: 'timestamptz',
    primaryKeyConstraintName: 'pk_rate_limit_hits',
  })
  windowStart: Date;

  @Column({ type: 'integer', default: 0 })
  count: number;
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiError } from '../common/api-error';
import { amsterdamTime } from '../common/messages';

/**
 * Fixed-window counters in PostgreSQL: one upsert per request, shared by
 * every API process. Over the limit -> 429 with the time to try again.
 */
@Injectable()
export class RateLimiter {
  constructor(private readonly dataSource: DataSource) {}

  async hit(
    key: string,
    limit: number,
    windowSeconds: number,
    now = new Date(),
  ): Promise<void> {
    const windowMs = windowSeconds * 1000;
    const windowStart = new Date(
      Math.floor(now.getTime() / windowMs) * windowMs,
    );
    const rows: { count: number }[] = await this.dataSource.query(
      `INSERT INTO rate_limit_hits (key, window_start, count) VALUES ($1, $2, 1)
       ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_hits.count + 1
       RETURNING count`,
      [key, windowStart],
    );
    // Now and then, forget windows older than a day.
    if (Math.random() < 0.01) {
      await this.dataSource.query(
        `DELETE FROM rate_limit_hits WHERE window_start < now() - interval '1 day'`,
      );
    }
    if ((rows[0]?.count ?? 0) > limit) {
      const retryAt = new Date(windowStart.getTime() + windowMs);
      throw new ApiError(429, 'rate_limited', {
        retryAt,
        params: { time: amsterdamTime(retryAt) },
      });
    }
  }
}

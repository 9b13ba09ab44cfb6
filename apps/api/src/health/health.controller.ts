import type { HealthResponse } from '@herstelkompas/contracts';
import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../common/public.decorator';

const PROBE_TIMEOUT_MS = 2000;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  /** 200 when PostgreSQL answers within two seconds, 503 otherwise: never a hang. */
  @Public()
  @Get()
  async health(
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<HealthResponse> {
    const up = await this.probe();
    if (!up) void reply.status(503);
    return up
      ? { status: 'ok', database: 'up' }
      : { status: 'degraded', database: 'down' };
  }

  private async probe(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
    });
    const query = this.dataSource
      .query('SELECT 1')
      .then(() => true)
      .catch(() => false);
    try {
      return await Promise.race([query, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';

/** The liveness and readiness probes. */
@Module({ controllers: [HealthController] })
export class HealthModule {}

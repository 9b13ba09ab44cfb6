import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppointmentsModule } from './appointments/appointments.module';
import { AccessLogModule } from './access-log/access-log.module';
import { AuthModule } from './auth/auth.module';
import { PasswordResetModule } from './auth/password-reset/password-reset.module';
import { ClientsModule } from './clients/clients.module';
import { ConfigModule, RuntimeConfig } from './config/config.module';
import { ExportsModule } from './exports/exports.module';
import { PortalModule } from './portal/portal.module';
import { HomeworkModule } from './homework/homework.module';
import { FollowUpsModule } from './follow-ups/follow-ups.module';
import { HealthController } from './health/health.controller';
import { JobsModule } from './jobs/jobs.module';
import { MailModule } from './mail/mail.module';
import { IntakeModule } from './intake/intake.module';
import { PracticesModule } from './practices/practices.module';
import { DashboardModule } from './priority/dashboard.module';
import { ReportsModule } from './reports/reports.module';
import { TeamModule } from './team/team.module';

@Module({})
export class AppModule {
  /** The data source is opened (and migrated) before Nest starts, so it is handed in ready. */
  static forRoot(config: RuntimeConfig, dataSource: DataSource): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSource.options,
          dataSourceFactory: async () => dataSource,
        }),
        JobsModule,
        MailModule,
        AuthModule,
        PasswordResetModule,
        ClientsModule,
        AccessLogModule,
        TeamModule,
        PracticesModule,
        IntakeModule,
        DashboardModule,
        ReportsModule,
        ExportsModule,
        AppointmentsModule,
        PortalModule,
        HomeworkModule,
        FollowUpsModule,
      ],
      controllers: [HealthController],
    };
  }
}

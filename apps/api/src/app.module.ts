import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppointmentsModule } from './appointments/appointments.module';
import { AccessLogModule } from './access-log/access-log.module';
import { AssessmentsModule } from './assessments/assessments.module';
import { AuthModule } from './auth/auth.module';
import { PasswordResetModule } from './auth/password-reset/password-reset.module';
import { ClientsModule } from './clients/clients.module';
import { ConfigModule, RuntimeConfig } from './config/config.module';
import { ExportsModule } from './exports/exports.module';
import { PortalModule } from './portal/portal.module';
import { CheckInsModule } from './check-ins/check-ins.module';
import { HomeworkModule } from './homework/homework.module';
import { FollowUpsModule } from './follow-ups/follow-ups.module';
import { GoalsModule } from './goals/goals.module';
import { HealthModule } from './health/health.module';
import { TodayModule } from './today/today.module';
import { JobsModule } from './jobs/jobs.module';
import { MailModule } from './mail/mail.module';
import { IntakeModule } from './intake/intake.module';
import { PracticesModule } from './practices/practices.module';
import { PriorityModule } from './priority/priority.module';
import { RedFlagsModule } from './red-flags/red-flags.module';
import { ReportsModule } from './reports/reports.module';
import { SessionNotesModule } from './session-notes/session-notes.module';
import { TeamModule } from './team/team.module';
import { TimelineModule } from './timeline/timeline.module';

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
        AssessmentsModule,
        RedFlagsModule,
        PriorityModule,
        SessionNotesModule,
        GoalsModule,
        TimelineModule,
        TodayModule,
        ReportsModule,
        ExportsModule,
        AppointmentsModule,
        PortalModule,
        CheckInsModule,
        HomeworkModule,
        FollowUpsModule,
        HealthModule,
      ],
    };
  }
}

import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { RequestGuard } from './request-guard';
import { Practice } from '../practices/practice.entity';
import { Practitioner } from '../practices/practitioner.entity';
import { AccountService } from './account.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginAttempt } from './login-attempt.entity';
import { LoginThrottle } from './login-throttle';
import { MfaController } from './mfa/mfa.controller';
import { MfaService } from './mfa/mfa.service';
import { MfaVerifier } from './mfa/mfa-verifier';
import { Session } from './session.entity';
import { SignInService } from './sign-in.service';

@Module({
  imports: [
    AuditModule,
    TypeOrmModule.forFeature([Practice, Practitioner, Session, LoginAttempt]),
  ],
  controllers: [AuthController, MfaController],
  providers: [
    AuthService,
    SignInService,
    AccountService,
    MfaService,
    MfaVerifier,
    LoginThrottle,
    { provide: APP_GUARD, useClass: RequestGuard },
  ],
  exports: [AuthService, SignInService, LoginThrottle],
})
export class AuthModule {}

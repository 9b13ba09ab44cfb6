import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RequestGuard } from '../common/request-guard';
import { Practice } from '../practices/practice.entity';
import { Practitioner } from '../practices/practitioner.entity';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginAttempt } from './login-attempt.entity';
import { LoginThrottle } from './login-throttle';
import { Session } from './session.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([Practice, Practitioner, Session, LoginAttempt]),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    LoginThrottle,
    { provide: APP_GUARD, useClass: RequestGuard },
  ],
  exports: [AuthService],
})
export class AuthModule {}

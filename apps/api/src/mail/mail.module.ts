import { Global, Module } from '@nestjs/common';
import { MailController } from './mail.controller';
import { MailTransport } from './mail-transport';
import { Outbox } from './outbox';

@Global()
@Module({
  controllers: [MailController],
  providers: [MailTransport, Outbox],
  exports: [Outbox, MailTransport],
})
export class MailModule {}

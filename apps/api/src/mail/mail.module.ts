import { Global, Module } from '@nestjs/common';
import { MailTransport } from './mail-transport';
import { Outbox } from './outbox';

@Global()
@Module({
  providers: [MailTransport, Outbox],
  exports: [Outbox, MailTransport],
})
export class MailModule {}

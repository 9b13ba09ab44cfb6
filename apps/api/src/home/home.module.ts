import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ClientsModule } from '../clients/clients.module';
import { HomeController } from './home.controller';
import { HomeService } from './home.service';

/** The practitioner's home page (Vandaag). */
@Module({
  imports: [AuditModule, ClientsModule],
  controllers: [HomeController],
  providers: [HomeService],
})
export class HomeModule {}

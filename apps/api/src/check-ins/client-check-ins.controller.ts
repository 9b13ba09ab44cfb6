import type { ClientCheckIns } from '@herstelkompas/contracts';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, type RequestContext } from '../common/request-context';
import { CheckInsService } from './check-ins.service';

/** A client's check-ins, for whoever works in the record. */
@ApiTags('check-ins')
@ApiCookieAuth()
@Controller('clients/:id/check-ins')
export class ClientCheckInsController {
  constructor(private readonly checkIns: CheckInsService) {}

  @Get()
  @ApiOperation({
    summary:
      "The client's sent check-ins and daily mini-logs, newest first, with per-scale series (self-reported, not intake scores)",
  })
  list(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
  ): Promise<ClientCheckIns> {
    return this.checkIns.forClient(ctx, id);
  }
}

import type {
  ClientPortalSummary,
  HomeNewMessages,
} from '@herstelkompas/contracts';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, type RequestContext } from '../common/request-context';
import { ClientPortalService } from './client-portal.service';

/** A client's use of the portal, for whoever works in the record. */
@ApiTags('messages')
@ApiCookieAuth()
@Controller()
export class ClientPortalController {
  constructor(private readonly portal: ClientPortalService) {}

  @Get('clients/:id/portal')
  @ApiOperation({
    summary:
      "The client's portal: invited or active, last visit, lessons read, unread messages",
  })
  summary(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
  ): Promise<ClientPortalSummary> {
    return this.portal.summary(ctx, id);
  }

  @Get('home/new-messages')
  @ApiOperation({
    summary:
      'Vandaag: clients with portal messages no practitioner opened yet, newest first',
  })
  newMessages(@Ctx() ctx: RequestContext): Promise<HomeNewMessages> {
    return this.portal.newMessages(ctx);
  }
}

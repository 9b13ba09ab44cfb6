import type {
  CreatedInvitation,
  IntakeInvitation,
  InvitationListItem,
} from '@herstelkompas/contracts';
import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, type RequestContext } from '../common/request-context';
import { CreateInvitationDto } from './dto/create-invitation.dto';
import { InvitationsService } from './invitations.service';

@ApiTags('intake invitations')
@ApiCookieAuth()
@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post('clients/:id/intake-invitations')
  @ApiOperation({
    summary:
      'Create an intake link; the answer holds the link, which is shown only once',
  })
  create(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() body: CreateInvitationDto,
  ): Promise<CreatedInvitation> {
    return this.invitations.create(ctx, id, body);
  }

  @Get('clients/:id/intake-invitations')
  listForClient(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
  ): Promise<IntakeInvitation[]> {
    return this.invitations.listForClient(ctx, id);
  }

  @Get('intake-invitations')
  @ApiOperation({
    summary: 'Open invitations across the practice (the Intakes page)',
  })
  listOpen(@Ctx() ctx: RequestContext): Promise<InvitationListItem[]> {
    return this.invitations.listOpen(ctx);
  }

  @Post('intake-invitations/:id/revoke')
  @HttpCode(200)
  revoke(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
  ): Promise<IntakeInvitation> {
    return this.invitations.revoke(ctx, id);
  }
}

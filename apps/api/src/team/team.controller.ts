import type { InvitationCreated, TeamMember } from '@herstelkompas/contracts';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Req,
} from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '../common/public.decorator';
import { Ctx, type RequestContext } from '../common/request-context';
import { InvitePractitionerDto } from './dto/invite-practitioner.dto';
import { SetPasswordDto } from './dto/set-password.dto';
import { UpdatePractitionerDto } from './dto/update-practitioner.dto';
import { TeamService } from './team.service';

@ApiTags('team')
@Controller()
export class TeamController {
  constructor(private readonly team: TeamService) {}

  @Get('practitioners')
  @ApiCookieAuth()
  list(@Ctx() ctx: RequestContext): Promise<TeamMember[]> {
    return this.team.list(ctx);
  }

  @Post('practitioners')
  @ApiCookieAuth()
  @ApiOperation({
    summary:
      'Invite a practitioner (owner only); answers a one-time set-password link',
  })
  invite(
    @Ctx() ctx: RequestContext,
    @Body() body: InvitePractitionerDto,
  ): Promise<InvitationCreated> {
    return this.team.invite(ctx, body);
  }

  @Post('practitioners/:id/invitation')
  @ApiCookieAuth()
  @ApiOperation({
    summary:
      'A new one-time set-password link for a pending invitation (owner only)',
  })
  reissue(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
  ): Promise<InvitationCreated> {
    return this.team.reissue(ctx, id);
  }

  @Patch('practitioners/:id')
  @ApiCookieAuth()
  update(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() body: UpdatePractitionerDto,
  ): Promise<TeamMember> {
    return this.team.update(ctx, id, body);
  }

  @Public()
  @Post('auth/set-password')
  @HttpCode(204)
  setPassword(
    @Body() body: SetPasswordDto,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    const ua = request.headers['user-agent'];
    return this.team.setPassword(body.token, body.password, {
      ip: request.ip,
      userAgent: typeof ua === 'string' ? ua : null,
    });
  }
}

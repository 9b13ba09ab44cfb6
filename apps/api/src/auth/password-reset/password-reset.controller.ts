import type { MailDelivery } from '@herstelkompas/contracts';
import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '../../common/public.decorator';
import { Ctx, type RequestContext } from '../../common/request-context';
import { PasswordResetConfirmDto } from './dto/confirm-password-reset.dto';
import { PasswordResetDto } from './dto/request-password-reset.dto';
import { PasswordResetService } from './password-reset.service';

/** The same answer for every address: nothing tells whether it has an account. */
const ACCEPTED = { status: 'accepted' } as const;

@ApiTags('auth')
@Controller()
export class PasswordResetController {
  constructor(private readonly resets: PasswordResetService) {}

  @Public()
  @Post('auth/password-reset')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Mail a single-use link (30 minutes) to set a new password; always 202',
  })
  async request(
    @Body() body: PasswordResetDto,
    @Req() request: FastifyRequest,
  ): Promise<typeof ACCEPTED> {
    await this.resets.request(body.email, request.ip);
    return ACCEPTED;
  }

  @Public()
  @Post('auth/password-reset/confirm')
  @HttpCode(204)
  @ApiOperation({
    summary:
      'Set a new password with the link; ends every session of the account',
  })
  async confirm(
    @Body() body: PasswordResetConfirmDto,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    await this.resets.confirm(body.token, body.newPassword, request.ip);
  }

  @Post('practitioners/:id/password-reset')
  @ApiCookieAuth()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Mail a colleague a password reset link (owner only)',
  })
  sendToColleague(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
  ): Promise<MailDelivery> {
    return this.resets.sendToColleague(ctx, id);
  }
}

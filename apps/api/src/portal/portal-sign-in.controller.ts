import {
  PORTAL_DEVICE_COOKIE,
  type CreatedPortalInvitation,
  type PortalLinkState,
} from '@herstelkompas/contracts';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../common/api-error';
import { Public } from '../common/public.decorator';
import { Ctx, type RequestContext } from '../common/request-context';
import { APP_CONFIG, type RuntimeConfig } from '../config/config.module';
import { RateLimiter } from '../rate-limit/rate-limiter';
import { CreatePortalInvitationDto } from './dto/create-portal-invitation.dto';
import { OpenPortalSessionDto } from './dto/open-portal-session.dto';
import { PortalSignInLinkDto } from './dto/request-portal-sign-in-link.dto';
import { setDeviceCookie, setPortalCookies } from './portal-cookies';
import { PortalCaller, PortalLinks } from './portal-links.service';

const PER_IP_PER_MINUTE = 120;
const VERIFY_PER_IP_PER_15_MIN = 20;
const SIGN_IN_LINK_PER_IP_PER_HOUR = 20;
const SIGN_IN_LINK_PER_ADDRESS_PER_HOUR = 3;

/** The same answer for every address: nothing tells whether it has a portal. */
const ACCEPTED = { status: 'accepted' } as const;

/** Getting into the portal: the practitioner's invitation and the client's links. */
@ApiTags('client portal')
@Controller()
export class PortalSignInController {
  constructor(
    private readonly links: PortalLinks,
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  @ApiCookieAuth()
  @Post('clients/:id/portal-invitations')
  @ApiOperation({
    summary:
      'Invite a client to the portal; the link is shown once (and mailed with send=email)',
  })
  invite(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() body: CreatePortalInvitationDto,
  ): Promise<CreatedPortalInvitation> {
    return this.links.invite(ctx, id, body.send);
  }

  @Public()
  @Get('portal/links/:token')
  @ApiOperation({
    summary:
      'Whether a link still works and asks for the date of birth; a used or expired one names whom to contact',
  })
  async link(
    @Param('token') token: string,
    @Req() request: FastifyRequest,
  ): Promise<PortalLinkState> {
    const caller = await this.caller(request);
    return this.links.state(token, caller.device);
  }

  @Public()
  @Post('portal/sessions')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Sign in with a link and the date of birth (5 attempts per link); sets the portal cookie',
  })
  async open(
    @Body() body: OpenPortalSessionDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ signedIn: true }> {
    const caller = await this.caller(request);
    await this.limiter.hit(
      `portal-verify-ip:${request.ip}`,
      VERIFY_PER_IP_PER_15_MIN,
      15 * 60,
    );
    const opened = await this.links.open(body.token, body.dateOfBirth, caller);
    setPortalCookies(reply, opened.token, this.config);
    setDeviceCookie(reply, opened.clientId, this.config);
    return { signedIn: true };
  }

  @Public()
  @Post('portal/sign-in-link')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Mail a single-use sign-in link (15 minutes) to a client invited before; always 202',
  })
  async signInLink(
    @Body() body: PortalSignInLinkDto,
    @Req() request: FastifyRequest,
  ): Promise<typeof ACCEPTED> {
    const caller = await this.caller(request);
    const address = body.email.trim().toLowerCase();
    // Over a limit nothing is sent, and the answer stays the same.
    const allowed =
      (await this.within(
        `portal-link-ip:${request.ip}`,
        SIGN_IN_LINK_PER_IP_PER_HOUR,
      )) &&
      (await this.within(
        `portal-link-address:${address}`,
        SIGN_IN_LINK_PER_ADDRESS_PER_HOUR,
      ));
    if (allowed) await this.links.requestSignInLink(address, caller);
    return ACCEPTED;
  }

  private async within(key: string, limit: number): Promise<boolean> {
    try {
      await this.limiter.hit(key, limit, 3600);
      return true;
    } catch (error) {
      if (error instanceof ApiError) return false;
      throw error;
    }
  }

  private async caller(request: FastifyRequest): Promise<PortalCaller> {
    await this.limiter.hit(`portal-ip:${request.ip}`, PER_IP_PER_MINUTE, 60);
    const ua = request.headers['user-agent'];
    return {
      ip: request.ip,
      userAgent: typeof ua === 'string' ? ua.slice(0, 400) : null,
      device: request.cookies?.[PORTAL_DEVICE_COOKIE],
    };
  }
}

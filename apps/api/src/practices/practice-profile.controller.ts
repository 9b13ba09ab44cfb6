import {
  LOGO_MAX_BYTES,
  LOGO_TYPES,
  type PracticeProfile,
} from '@herstelkompas/contracts';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Put,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCookieAuth,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../common/api-error';
import { Ctx, type RequestContext } from '../common/request-context';
import { ViewLogoDto } from './dto/view-logo.dto';
import { UpdatePracticeProfileDto } from './dto/update-practice-profile.dto';
import { PracticeProfileService } from './practice-profile.service';

@ApiTags('practice')
@ApiCookieAuth()
@Controller('practice')
export class PracticeProfileController {
  constructor(private readonly profiles: PracticeProfileService) {}

  @Get('profile')
  @ApiOperation({
    summary: "The practice's letterhead details (everyone of the practice)",
  })
  profile(@Ctx() ctx: RequestContext): Promise<PracticeProfile> {
    return this.profiles.read(ctx);
  }

  @Put('profile')
  @ApiOperation({ summary: "Change the practice's details (owner only)" })
  update(
    @Ctx() ctx: RequestContext,
    @Body() body: UpdatePracticeProfileDto,
  ): Promise<PracticeProfile> {
    return this.profiles.update(ctx, body);
  }

  @Put('logo')
  @ApiOperation({
    summary: `Upload the logo: PNG or JPEG, at most ${LOGO_MAX_BYTES / 1024 / 1024} MB; stored re-encoded as PNG of at most 600×200 (owner only)`,
  })
  @ApiConsumes(...LOGO_TYPES)
  @ApiBody({ required: true, schema: { type: 'string', format: 'binary' } })
  putLogo(
    @Ctx() ctx: RequestContext,
    @Body() body: Buffer,
  ): Promise<PracticeProfile> {
    return this.profiles.putLogo(ctx, body);
  }

  @Get('logo')
  @ApiProduces('image/png')
  @ApiOperation({ summary: "The practice's logo as PNG (404 without one)" })
  async logo(
    @Ctx() ctx: RequestContext,
    @Query() _query: ViewLogoDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer | undefined> {
    const logo = await this.profiles.logo(ctx);
    if (!logo) throw new ApiError(404, 'not_found');
    const etag = `"${logo.updatedAt.getTime().toString(36)}"`;
    // Revalidated on every use (private, no-cache): a replaced or removed
    // logo shows at once, an unchanged one costs a 304.
    void reply
      .header('etag', etag)
      .header('cache-control', 'private, no-cache')
      .header('content-disposition', 'inline; filename="logo.png"');
    if (request.headers['if-none-match'] === etag) {
      void reply.code(304);
      return undefined;
    }
    void reply.type('image/png');
    return logo.image;
  }

  @Delete('logo')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove the logo (owner only)' })
  deleteLogo(@Ctx() ctx: RequestContext): Promise<void> {
    return this.profiles.deleteLogo(ctx);
  }
}

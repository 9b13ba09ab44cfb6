import type {
  CheckIn,
  DailyLog,
  PortalCheckIns,
} from '@herstelkompas/contracts';
import { Body, Controller, Get, Post, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/public.decorator';
import { Portal, type PortalContext } from '../portal/portal-context';
import { PortalGuard } from '../portal/portal-guard';
import { CheckInsService } from './check-ins.service';
import { SaveCheckInDto } from './dto/save-check-in.dto';
import { SaveDailyLogDto } from './dto/save-daily-log.dto';

/** The client's weekly check-in and daily mini-log, in the portal. */
@ApiTags('client portal')
@Public()
@UseGuards(PortalGuard)
@Controller('portal')
export class PortalCheckInsController {
  constructor(private readonly checkIns: CheckInsService) {}

  @Get('check-ins')
  @ApiOperation({
    summary:
      "This week's check-in (draft or sent), today's mini-log, and whether the red-flag screen is on",
  })
  view(@Portal() ctx: PortalContext): Promise<PortalCheckIns> {
    return this.checkIns.portalView(ctx);
  }

  @Post('check-ins')
  @ApiOperation({
    summary:
      "Save this week's check-in as a draft or send it; a second send in the same week answers 409 unless `replace` is true",
  })
  save(
    @Portal() ctx: PortalContext,
    @Body() body: SaveCheckInDto,
  ): Promise<CheckIn> {
    return this.checkIns.save(ctx, body);
  }

  @Post('daily-logs')
  @ApiOperation({
    summary:
      'The daily mini-log (pain, hours slept); one per day, replaced that day',
  })
  saveDailyLog(
    @Portal() ctx: PortalContext,
    @Body() body: SaveDailyLogDto,
  ): Promise<DailyLog> {
    return this.checkIns.saveDailyLog(ctx, body);
  }
}

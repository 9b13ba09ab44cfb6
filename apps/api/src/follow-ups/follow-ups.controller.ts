import type { FollowUpScheduleView } from '@herstelkompas/contracts';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Put,
} from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, type RequestContext } from '../common/request-context';
import { SetFollowUpScheduleDto } from './dto/set-follow-up-schedule.dto';
import { FollowUpsService } from './follow-ups.service';

@ApiTags('follow-up schedules')
@ApiCookieAuth()
@Controller('clients/:id/follow-up-schedule')
export class FollowUpsController {
  constructor(private readonly followUps: FollowUpsService) {}

  @Get()
  @ApiOperation({ summary: "The client's follow-up schedule, or null" })
  get(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
  ): Promise<FollowUpScheduleView> {
    return this.followUps.get(ctx, id);
  }

  @Put()
  @ApiOperation({
    summary:
      'Follow-up intakes every N weeks or once on a date: the invitation is made (and mailed) at 08:00 Europe/Amsterdam that day',
  })
  set(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() body: SetFollowUpScheduleDto,
  ): Promise<FollowUpScheduleView> {
    return this.followUps.set(ctx, id, body);
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Stop the follow-up schedule' })
  stop(@Ctx() ctx: RequestContext, @Param('id') id: string): Promise<void> {
    return this.followUps.stop(ctx, id);
  }
}

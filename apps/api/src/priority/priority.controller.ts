import type {
  PriorityDecisionRecord,
  PriorityView,
} from '@herstelkompas/contracts';
import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, type RequestContext } from '../common/request-context';
import { CreatePriorityDecisionDto } from './dto/create-priority-decision.dto';
import { PriorityService } from './priority.service';

@ApiTags('priority')
@ApiCookieAuth()
@Controller('clients/:id')
export class PriorityController {
  constructor(private readonly priority: PriorityService) {}

  @Get('priority')
  @ApiOperation({
    summary:
      'Computed ranking with reasons, the current decision and its history',
  })
  view(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
  ): Promise<PriorityView> {
    return this.priority.view(ctx, id);
  }

  @Post('priority-decisions')
  @ApiOperation({
    summary:
      'Record a priority decision (append-only); 400 when the order is not the six domains',
  })
  decide(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() body: CreatePriorityDecisionDto,
  ): Promise<PriorityDecisionRecord> {
    return this.priority.decide(ctx, id, body);
  }
}

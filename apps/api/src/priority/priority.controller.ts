import type {
  PriorityDecisionRecord,
  PriorityView,
} from '@herstelkompas/contracts';
import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
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
      'Record a priority decision (append-only); 400 when the order is not the six domains; 200 with the current decision, storing nothing, when it is the same again',
  })
  async decide(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() body: CreatePriorityDecisionDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PriorityDecisionRecord> {
    const { record, created } = await this.priority.decide(ctx, id, body);
    if (!created) reply.status(200);
    return record;
  }
}

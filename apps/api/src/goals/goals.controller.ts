import type { Goal } from '@herstelkompas/contracts';
import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import { Ctx, type RequestContext } from '../common/request-context';
import { CreateGoalDto } from './dto/create-goal.dto';
import { UpdateGoalDto } from './dto/update-goal.dto';
import { GoalsService } from './goals.service';

@ApiTags('goals')
@ApiCookieAuth()
@Controller()
export class GoalsController {
  constructor(private readonly goals: GoalsService) {}

  @Get('clients/:id/goals')
  list(@Ctx() ctx: RequestContext, @Param('id') id: string): Promise<Goal[]> {
    return this.goals.list(ctx, id);
  }

  @Post('clients/:id/goals')
  create(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() body: CreateGoalDto,
  ): Promise<Goal> {
    return this.goals.create(ctx, id, body);
  }

  @Patch('goals/:id')
  update(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() body: UpdateGoalDto,
  ): Promise<Goal> {
    return this.goals.update(ctx, id, body);
  }
}

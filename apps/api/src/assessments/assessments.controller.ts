import type { Assessment } from '@herstelkompas/contracts';
import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, type RequestContext } from '../common/request-context';
import { AssessmentsService } from './assessments.service';
import { EnterAssessmentDto } from './dto/enter-assessment.dto';

@ApiTags('assessments')
@ApiCookieAuth()
@Controller('clients/:id/assessments')
export class AssessmentsController {
  constructor(private readonly assessments: AssessmentsService) {}

  @Get()
  @ApiOperation({ summary: 'Scored intakes of a client, newest first' })
  list(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
  ): Promise<{ items: Assessment[] }> {
    return this.assessments.list(ctx, id);
  }

  @Post()
  @ApiOperation({
    summary: "Enter an intake on the client's behalf during a session",
  })
  enter(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() body: EnterAssessmentDto,
  ): Promise<Assessment> {
    return this.assessments.enter(ctx, id, body);
  }
}

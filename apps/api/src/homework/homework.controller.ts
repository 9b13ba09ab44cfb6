import type {
  HomeworkItem,
  HomeworkLibraryExercise,
} from '@herstelkompas/contracts';
import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, type RequestContext } from '../common/request-context';
import { CreateHomeworkDto } from './dto/create-homework.dto';
import { UpdateHomeworkDto } from './dto/update-homework.dto';
import { HomeworkService } from './homework.service';

/** A client's homework, for whoever works in the record. */
@ApiTags('homework')
@ApiCookieAuth()
@Controller('clients/:id/homework')
export class ClientHomeworkController {
  constructor(private readonly homework: HomeworkService) {}

  @Get()
  @ApiOperation({
    summary:
      "The client's homework, newest first, with the ticks and adherence so far",
  })
  list(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
  ): Promise<HomeworkItem[]> {
    return this.homework.list(ctx, id);
  }

  @Post()
  @ApiOperation({
    summary:
      'Assign homework: from the library (exerciseId) or own title and instructions',
  })
  create(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() body: CreateHomeworkDto,
  ): Promise<HomeworkItem> {
    return this.homework.create(ctx, id, body);
  }
}

/** The exercises a practitioner can assign, and changing an assignment. */
@ApiTags('homework')
@ApiCookieAuth()
@Controller('homework')
export class HomeworkLibraryController {
  constructor(private readonly homework: HomeworkService) {}

  @Get('library')
  @ApiOperation({
    summary: 'The exercise library in Dutch and English, in domain order',
  })
  library(): HomeworkLibraryExercise[] {
    return this.homework.library();
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change an assignment, or end it (status `ended`)',
  })
  update(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() body: UpdateHomeworkDto,
  ): Promise<HomeworkItem> {
    return this.homework.update(ctx, id, body);
  }
}

import type {
  PracticeLessonItem,
  PracticeLessons,
} from '@herstelkompas/contracts';
import { LESSON_IDS } from '@herstelkompas/domain';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
} from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { Ctx, type RequestContext } from '../common/request-context';
import { UpdateBuiltinLessonDto } from './dto/update-builtin-lesson.dto';
import { CreatePracticeLessonDto } from './dto/create-practice-lesson.dto';
import { UpdatePracticeLessonDto } from './dto/update-practice-lesson.dto';
import { PracticeLessonsService } from './practice-lessons.service';

@ApiTags('practice')
@ApiCookieAuth()
@Controller('practice/lessons')
export class PracticeLessonsController {
  constructor(private readonly lessons: PracticeLessonsService) {}

  @Get()
  @ApiOperation({
    summary:
      "The portal's lessons for the practice: our six with their hidden switch, and its own (everyone of the practice)",
  })
  list(@Ctx() ctx: RequestContext): Promise<PracticeLessons> {
    return this.lessons.list(ctx);
  }

  @Post()
  @ApiOperation({ summary: 'Add a lesson of the practice (owner only)' })
  create(
    @Ctx() ctx: RequestContext,
    @Body() body: CreatePracticeLessonDto,
  ): Promise<PracticeLessonItem> {
    return this.lessons.create(ctx, body);
  }

  @Put('builtin/:lessonId')
  @ApiParam({ name: 'lessonId', enum: LESSON_IDS })
  @ApiOperation({
    summary:
      "Hide one of our six lessons from the practice's clients, or show it again (owner only)",
  })
  setHidden(
    @Ctx() ctx: RequestContext,
    @Param('lessonId') lessonId: string,
    @Body() body: UpdateBuiltinLessonDto,
  ): Promise<PracticeLessons> {
    return this.lessons.setHidden(ctx, lessonId, body.hidden);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change a practice lesson; absent fields stay (owner only)',
  })
  update(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() body: UpdatePracticeLessonDto,
  ): Promise<PracticeLessonItem> {
    return this.lessons.update(ctx, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Remove a practice lesson and its read marks (owner only)',
  })
  remove(@Ctx() ctx: RequestContext, @Param('id') id: string): Promise<void> {
    return this.lessons.remove(ctx, id);
  }
}

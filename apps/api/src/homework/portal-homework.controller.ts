import type { HomeworkItem, PortalHomework } from '@herstelkompas/contracts';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  UseGuards,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/public.decorator';
import { Portal, type PortalContext } from '../portal/portal-context';
import { PortalGuard } from '../portal/portal-guard';
import { MarkHomeworkDoneDto } from './dto/mark-homework-done.dto';
import { UndoHomeworkDoneDto } from './dto/undo-homework-done.dto';
import { HomeworkService } from './homework.service';

/** The client's own homework: only a portal session opens these. */
@ApiTags('client portal')
@Public()
@UseGuards(PortalGuard)
@Controller('portal/homework')
export class PortalHomeworkController {
  constructor(private readonly homework: HomeworkService) {}

  @Get()
  @ApiOperation({ summary: "This week's homework with what is done" })
  list(@Portal() ctx: PortalContext): Promise<PortalHomework> {
    return this.homework.portalList(ctx);
  }

  @Post(':id/done')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Tick a day off (today unless `on`), with an optional note or minutes; the same day again changes nothing but a new note',
  })
  done(
    @Portal() ctx: PortalContext,
    @Param('id') id: string,
    @Body() body: MarkHomeworkDoneDto,
  ): Promise<HomeworkItem> {
    return this.homework.portalDone(ctx, id, body);
  }

  @Delete(':id/done')
  @ApiOperation({ summary: 'Take a tick back (today unless `on`)' })
  undo(
    @Portal() ctx: PortalContext,
    @Param('id') id: string,
    @Query() query: UndoHomeworkDoneDto,
  ): Promise<HomeworkItem> {
    return this.homework.portalUndo(ctx, id, query.on);
  }
}

import type { SessionNote } from '@herstelkompas/contracts';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, type RequestContext } from '../common/request-context';
import { CreateAddendumDto } from './dto/create-addendum.dto';
import { CreateSessionNoteDto } from './dto/create-session-note.dto';
import { ListSessionNotesDto } from './dto/list-session-notes.dto';
import { UpdateSessionNoteDto } from './dto/update-session-note.dto';
import { SessionNotesService } from './session-notes.service';

@ApiTags('session notes')
@ApiCookieAuth()
@Controller()
export class SessionNotesController {
  constructor(private readonly notes: SessionNotesService) {}

  @Post('clients/:id/session-notes')
  @ApiOperation({ summary: 'Start a session note (a draft)' })
  create(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() body: CreateSessionNoteDto,
  ): Promise<SessionNote> {
    return this.notes.create(ctx, id, body);
  }

  @Get('clients/:id/session-notes')
  list(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Query() query: ListSessionNotesDto,
  ): Promise<SessionNote[]> {
    return this.notes.list(ctx, id, query);
  }

  @Get('session-notes/:id')
  get(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
  ): Promise<SessionNote> {
    return this.notes.get(ctx, id);
  }

  @Patch('session-notes/:id')
  @ApiOperation({ summary: 'Edit a draft; 409 once the note is signed' })
  update(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() body: UpdateSessionNoteDto,
  ): Promise<SessionNote> {
    return this.notes.update(ctx, id, body);
  }

  @Post('session-notes/:id/sign')
  @HttpCode(200)
  sign(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
  ): Promise<SessionNote> {
    return this.notes.sign(ctx, id);
  }

  @Post('session-notes/:id/addenda')
  @ApiOperation({ summary: 'Add a correction or addition to a signed note' })
  addendum(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() body: CreateAddendumDto,
  ): Promise<SessionNote> {
    return this.notes.addendum(ctx, id, body.text);
  }
}

import type {
  MessageItem,
  MessageThread,
  PortalHome,
  PortalLesson,
  PortalLessonSummary,
} from '@herstelkompas/contracts';
import {
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Body,
  Res,
  UseGuards,
} from '@nestjs/common';
import { ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { attachment } from '../common/download';
import { Public } from '../common/public.decorator';
import { clearPortalCookies } from './portal-cookies';
import { Portal, type PortalContext } from './portal-context';
import { PortalGuard } from './portal-guard';
import { PortalSessions } from './portal-sessions';
import { PortalService } from './portal.service';
import { SendMessageDto } from './dto/send-message.dto';
import { MessagesService } from './messages.service';

/**
 * The client's own pages. No practitioner's session opens these (they are
 * outside its guard); only a portal session does, through PortalGuard.
 */
@ApiTags('client portal')
@Public()
@UseGuards(PortalGuard)
@Controller('portal')
export class PortalController {
  constructor(
    private readonly portal: PortalService,
    private readonly sessions: PortalSessions,
    private readonly messages: MessagesService,
  ) {}

  @Get('messages')
  @ApiOperation({
    summary:
      "The client's messages with the practice, oldest first; the practice's are marked read",
  })
  messageThread(@Portal() ctx: PortalContext): Promise<MessageThread> {
    return this.messages.clientThread(ctx);
  }

  @Post('messages')
  @ApiOperation({
    summary:
      'Send the practice a message (409 when the practice turned messaging off)',
  })
  sendMessage(
    @Portal() ctx: PortalContext,
    @Body() body: SendMessageDto,
  ): Promise<MessageItem> {
    return this.messages.clientSend(ctx, body.text);
  }

  @Get('me')
  @ApiOperation({
    summary:
      '"Mijn kompas": domains first vs latest (wins first), focus, appointments, reports',
  })
  me(@Portal() ctx: PortalContext): Promise<PortalHome> {
    return this.portal.home(ctx);
  }

  @Get('lessons')
  @ApiOperation({
    summary:
      'The lessons the practice offers (our six unless hidden, then its own), read or not',
  })
  lessons(@Portal() ctx: PortalContext): Promise<PortalLessonSummary[]> {
    return this.portal.lessons(ctx);
  }

  @Get('lessons/:lessonId')
  @ApiParam({
    name: 'lessonId',
    description: "One of our six lessons' ids, or a practice lesson's uuid",
  })
  @ApiOperation({
    summary: 'A lesson the practice offers (a hidden one answers 404)',
  })
  lesson(
    @Portal() ctx: PortalContext,
    @Param('lessonId') id: string,
  ): Promise<PortalLesson> {
    return this.portal.lesson(ctx, id);
  }

  @Put('lessons/:lessonId/read')
  @ApiParam({
    name: 'lessonId',
    description: "One of our six lessons' ids, or a practice lesson's uuid",
  })
  @ApiOperation({
    summary: 'Mark a lesson read (repeating it changes nothing)',
  })
  markRead(
    @Portal() ctx: PortalContext,
    @Param('lessonId') id: string,
  ): Promise<PortalLessonSummary> {
    return this.portal.markRead(ctx, id);
  }

  @Get('reports/:id/download')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'A report made for the client, as stored' })
  async report(
    @Portal() ctx: PortalContext,
    @Param('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const file = await this.portal.report(ctx, id);
    void reply
      .type('application/pdf')
      .header('content-disposition', attachment(file.fileName))
      .header('cache-control', 'no-store');
    return file.content;
  }

  @Delete('session')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out of the portal' })
  async signOut(
    @Portal() ctx: PortalContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.portal.signOut(ctx);
    await this.sessions.end(ctx.sessionId);
    clearPortalCookies(reply);
  }
}

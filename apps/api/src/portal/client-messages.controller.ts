import type { MessageItem, MessageThread } from '@herstelkompas/contracts';
import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, type RequestContext } from '../common/request-context';
import { SendMessageDto } from './dto/send-message.dto';
import { MessagesService } from './messages.service';

/** A client's messages, for whoever works in the record. */
@ApiTags('messages')
@ApiCookieAuth()
@Controller('clients/:id/messages')
export class ClientMessagesController {
  constructor(private readonly messages: MessagesService) {}

  @Get()
  @ApiOperation({
    summary:
      "The client's messages, oldest first; the client's are marked read",
  })
  list(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
  ): Promise<MessageThread> {
    return this.messages.practitionerThread(ctx, id);
  }

  @Post()
  @ApiOperation({
    summary:
      'Write the client; the client gets an e-mail notice without the content',
  })
  send(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() body: SendMessageDto,
  ): Promise<MessageItem> {
    return this.messages.practitionerSend(ctx, id, body.text);
  }
}

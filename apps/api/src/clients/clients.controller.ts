import type {
  ClientDetail,
  ClientSummary,
  Page,
} from '@herstelkompas/contracts';
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
  Query,
} from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, type RequestContext } from '../common/request-context';
import { ClientsService } from './clients.service';
import { CreateClientDto } from './dto/create-client.dto';
import { ListClientsDto } from './dto/list-clients.dto';
import { UpdateClientDto } from './dto/update-client.dto';
import { UpdateSharesDto } from './dto/update-shares.dto';

@ApiTags('clients')
@ApiCookieAuth()
@Controller('clients')
export class ClientsController {
  constructor(private readonly clients: ClientsService) {}

  @Get()
  @ApiOperation({ summary: 'Search and page the clients the caller may see' })
  list(
    @Ctx() ctx: RequestContext,
    @Query() query: ListClientsDto,
  ): Promise<Page<ClientSummary>> {
    return this.clients.list(ctx, query);
  }

  @Post()
  create(
    @Ctx() ctx: RequestContext,
    @Body() body: CreateClientDto,
  ): Promise<ClientDetail> {
    return this.clients.create(ctx, body);
  }

  @Get(':id')
  get(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
  ): Promise<ClientDetail> {
    return this.clients.get(ctx, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change a client; 409 when `version` is stale' })
  update(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() body: UpdateClientDto,
  ): Promise<ClientDetail> {
    return this.clients.update(ctx, id, body);
  }

  @Post(':id/archive')
  @HttpCode(200)
  archive(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
  ): Promise<ClientDetail> {
    return this.clients.setArchived(ctx, id, true);
  }

  @Post(':id/restore')
  @HttpCode(200)
  restore(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
  ): Promise<ClientDetail> {
    return this.clients.setArchived(ctx, id, false);
  }

  @Put(':id/shares')
  share(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() body: UpdateSharesDto,
  ): Promise<ClientDetail> {
    return this.clients.setShares(ctx, id, body.practitionerIds);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({
    summary:
      'Destroy the record on request (owner only); a content-free log line remains',
  })
  erase(@Ctx() ctx: RequestContext, @Param('id') id: string): Promise<void> {
    return this.clients.erase(ctx, id);
  }
}

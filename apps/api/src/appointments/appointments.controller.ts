import type { Appointment } from '@herstelkompas/contracts';
import {
  Body,
  Controller,
  Get,
  Param,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { attachment } from '../common/download';
import { Ctx, type RequestContext } from '../common/request-context';
import { AppointmentsService } from './appointments.service';
import { CreateAppointmentDto } from './dto/create-appointment.dto';
import { ListAppointmentsDto } from './dto/list-appointments.dto';
import { UpdateAppointmentDto } from './dto/update-appointment.dto';

@ApiTags('agenda')
@ApiCookieAuth()
@Controller('appointments')
export class AppointmentsController {
  constructor(private readonly appointments: AppointmentsService) {}

  @Get()
  @ApiOperation({
    summary:
      'Appointments in a range (days in Europe/Amsterdam), per practitioner or client',
  })
  list(
    @Ctx() ctx: RequestContext,
    @Query() query: ListAppointmentsDto,
  ): Promise<Appointment[]> {
    return this.appointments.list(ctx, query);
  }

  @Post()
  @ApiOperation({
    summary:
      'Book an appointment; 409 with the overlapping ones unless allowOverlap',
  })
  create(
    @Ctx() ctx: RequestContext,
    @Body() body: CreateAppointmentDto,
  ): Promise<Appointment> {
    return this.appointments.create(ctx, body);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Move, change, cancel or close an appointment' })
  update(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() body: UpdateAppointmentDto,
  ): Promise<Appointment> {
    return this.appointments.update(ctx, id, body);
  }

  @Get(':id/ics')
  @ApiProduces('text/calendar')
  @ApiOperation({
    summary: 'The appointment as an iCalendar file, as the client receives it',
  })
  async ics(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const { body, filename } = await this.appointments.ics(ctx, id);
    void reply
      .type('text/calendar; charset=utf-8')
      .header('content-disposition', attachment(filename));
    return body;
  }
}

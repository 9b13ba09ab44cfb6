import type {
  Appointment as AppointmentDto,
  OverlappingAppointment,
} from '@herstelkompas/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLineBuffer } from '../audit/audit-line-buffer';
import { AuditService } from '../audit/audit.service';
import { ClientAccess } from '../clients/client-access';
import { Client } from '../clients/client.entity';
import { ApiError, ValidationFailed } from '../common/api-error';
import { RequestContext } from '../common/request-context';
import { Practice } from '../practices/practice.entity';
import { Practitioner } from '../practices/practitioner.entity';
import { practitionerNames } from '../practices/practitioner-names';
import { clientInvitation } from './appointment-calendar';
import { toAppointment } from './appointment-mapper';
import { AppointmentEvent, AppointmentNotifier } from './appointment-notifier';
import { readBound, readStart } from './appointment-time';
import { Appointment } from './appointment.entity';
import { CreateAppointmentDto } from './dto/create-appointment.dto';
import { ListAppointmentsDto } from './dto/list-appointments.dto';
import { UpdateAppointmentDto } from './dto/update-appointment.dto';

const MINUTE = 60_000;

@Injectable()
export class AppointmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ClientAccess,
    private readonly audit: AuditService,
    private readonly lines: AuditLineBuffer,
    private readonly notifier: AppointmentNotifier,
  ) {}

  /** The appointments of clients the caller may see, in a range, by start. */
  async list(
    ctx: RequestContext,
    query: ListAppointmentsDto,
  ): Promise<AppointmentDto[]> {
    const from = readBound(query.from, 'from');
    const to = readBound(query.to, 'to');
    if (from && to && to.getTime() <= from.getTime())
      throw new ValidationFailed([{ field: 'to', code: 'invalid_range' }]);
    // A read: no transaction; its line is committed before the answer.
    const manager = this.dataSource.manager;
    const client = query.clientId
      ? await this.access.find(manager, ctx, query.clientId)
      : null;
    const visible = this.access.query(manager, ctx).select('c.id');
    const qb = manager
      .getRepository(Appointment)
      .createQueryBuilder('a')
      .where(`a.client_id IN (${visible.getQuery()})`)
      .setParameters(visible.getParameters())
      .andWhere('a.practice_id = :practiceId', {
        practiceId: ctx.practiceId,
      })
      .orderBy('a.start_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(2000);
    if (client) qb.andWhere('a.client_id = :clientId', { clientId: client.id });
    if (query.practitionerId)
      qb.andWhere('a.practitioner_id = :practitionerId', {
        practitionerId: query.practitionerId,
      });
    // Whatever overlaps the range counts, so a session running past midnight shows on both days.
    if (from) qb.andWhere('a.end_at > :from', { from });
    if (to) qb.andWhere('a.start_at < :to', { to });
    const rows = await qb.getMany();
    const appointments = await this.map(manager, rows);
    await this.lines.record(ctx, {
      event: client ? 'appointment.read' : 'appointment.list',
      action: client ? 'R' : 'E',
      part: client ? 'appointments' : 'agenda',
      clientId: client?.id ?? null,
      onBehalfOfId: client?.responsiblePractitionerId ?? null,
      details: {
        filters: {
          from: query.from ?? null,
          to: query.to ?? null,
          practitionerId: query.practitionerId ?? null,
        },
        resultCount: rows.length,
      },
    });
    return appointments;
  }

  async create(
    ctx: RequestContext,
    dto: CreateAppointmentDto,
    now = new Date(),
  ): Promise<AppointmentDto> {
    const created = await this.dataSource.transaction(async (manager) => {
      const client = await this.access.find(manager, ctx, dto.clientId);
      const practitionerId = await this.practitionerFor(
        manager,
        ctx,
        client,
        dto.practitionerId ?? ctx.practitionerId,
      );
      const start = readStart(dto.start, 'start', now);
      const end = new Date(start.getTime() + dto.durationMinutes * MINUTE);
      await this.refuseOverlap(manager, ctx, {
        practitionerId,
        start,
        end,
        allow: dto.allowOverlap === true,
      });
      const row = await manager.save(
        manager.create(Appointment, {
          practiceId: ctx.practiceId,
          clientId: client.id,
          practitionerId,
          startAt: start,
          endAt: end,
          durationMinutes: dto.durationMinutes,
          type: dto.type,
          location: dto.location ?? null,
          note: dto.note ?? null,
          status: 'planned',
          createdById: ctx.practitionerId,
        }),
      );
      const mail = await this.notifier.notify(manager, eventOf('booked', row));
      await this.audit.recordForClient(
        manager,
        ctx,
        client,
        'appointments',
        'appointment.create',
        'C',
        {
          appointmentId: row.id,
          mail,
        },
      );
      return (await this.map(manager, [row], client))[0] as AppointmentDto;
    });
    this.notifier.afterCommit();
    return created;
  }

  async update(
    ctx: RequestContext,
    id: string,
    dto: UpdateAppointmentDto,
    now = new Date(),
  ): Promise<AppointmentDto> {
    const updated = await this.dataSource.transaction(async (manager) => {
      // Through the client's access check, whatever the practice, so that a
      // refusal is logged like any other on a client record.
      const { row, client } = await this.access.findOf(
        manager,
        ctx,
        Appointment,
        id,
        { lock: true },
      );
      if (dto.version !== undefined && dto.version !== row.version)
        throw new ApiError(409, 'conflict');
      const before = {
        start: row.startAt.getTime(),
        end: row.endAt.getTime(),
        practitionerId: row.practitionerId,
        location: row.location,
        status: row.status,
      };
      if (dto.practitionerId !== undefined)
        row.practitionerId = await this.practitionerFor(
          manager,
          ctx,
          client,
          dto.practitionerId,
        );
      if (dto.start !== undefined)
        row.startAt = readStart(dto.start, 'start', now);
      if (dto.durationMinutes !== undefined)
        row.durationMinutes = dto.durationMinutes;
      row.endAt = new Date(
        row.startAt.getTime() + row.durationMinutes * MINUTE,
      );
      if (dto.type !== undefined) row.type = dto.type;
      if (dto.location !== undefined) row.location = dto.location;
      if (dto.note !== undefined) row.note = dto.note;
      if (dto.status !== undefined) row.status = dto.status;
      const moved =
        row.startAt.getTime() !== before.start ||
        row.endAt.getTime() !== before.end ||
        row.practitionerId !== before.practitionerId;
      if (moved && row.status === 'planned')
        await this.refuseOverlap(manager, ctx, {
          practitionerId: row.practitionerId,
          start: row.startAt,
          end: row.endAt,
          allow: dto.allowOverlap === true,
          except: row.id,
        });
      const saved = await manager.save(row);
      const event = whatChanged(before, saved, moved);
      const mail = event
        ? await this.notifier.notify(manager, eventOf(event, saved))
        : [];
      await this.audit.recordForClient(
        manager,
        ctx,
        client,
        'appointments',
        'appointment.update',
        'U',
        {
          appointmentId: saved.id,
          status: saved.status,
          moved,
          mail,
        },
      );
      return (await this.map(manager, [saved], client))[0] as AppointmentDto;
    });
    this.notifier.afterCommit();
    return updated;
  }

  /** The appointment as an iCalendar file for the client (see clientInvitation). */
  async ics(
    ctx: RequestContext,
    id: string,
  ): Promise<{ body: string; filename: string }> {
    // A read: no transaction; its line is committed before the answer.
    const manager = this.dataSource.manager;
    const { row, client } = await this.access.findOf(
      manager,
      ctx,
      Appointment,
      id,
    );
    const practice = await manager.findOneOrFail(Practice, {
      where: { id: ctx.practiceId },
      select: { id: true, name: true },
    });
    const names = await practitionerNames(manager, [row.practitionerId]);
    const answer = {
      body: clientInvitation({
        appointmentId: row.id,
        start: row.startAt,
        end: row.endAt,
        type: row.type,
        location: row.location,
        cancelled: row.status === 'cancelled',
        sequence: row.version,
        practiceName: practice.name,
        practitionerName: names(row.practitionerId).displayName,
        language: client.preferredLanguage,
      }),
      filename: `afspraak-${row.startAt.toISOString().slice(0, 10)}.ics`,
    };
    await this.lines.record(ctx, {
      event: 'appointment.ics',
      action: 'R',
      part: 'appointments',
      clientId: client.id,
      onBehalfOfId: client.responsiblePractitionerId,
      details: { appointmentId: row.id },
    });
    return answer;
  }

  /**
   * Who the appointment is with: a practitioner of the practice who may see
   * the client (responsible, shared, or the owner), so nobody's agenda holds
   * a client they cannot open.
   */
  private async practitionerFor(
    manager: EntityManager,
    ctx: RequestContext,
    client: Client,
    practitionerId: string,
  ): Promise<string> {
    if (practitionerId.toLowerCase() === ctx.practitionerId)
      return ctx.practitionerId;
    const practitioner = await manager.findOne(Practitioner, {
      where: { id: practitionerId, practiceId: ctx.practiceId, active: true },
      select: { id: true, role: true, practiceId: true },
    });
    if (!practitioner)
      throw new ValidationFailed([
        { field: 'practitionerId', code: 'not_in_practice' },
      ]);
    await this.access
      .find(
        manager,
        { ...ctx, practitionerId: practitioner.id, role: practitioner.role },
        client.id,
      )
      .catch(() => {
        throw new ValidationFailed([
          { field: 'practitionerId', code: 'practitioner_no_access' },
        ]);
      });
    return practitioner.id;
  }

  /**
   * 409 with the practitioner's appointments in that time, unless the caller
   * says the overlap is meant. A transaction lock per practitioner keeps two
   * bookings at once from both seeing a free slot.
   */
  private async refuseOverlap(
    manager: EntityManager,
    ctx: RequestContext,
    slot: {
      practitionerId: string;
      start: Date;
      end: Date;
      allow: boolean;
      except?: string;
    },
  ): Promise<void> {
    if (slot.allow) return;
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
      `appointments:${slot.practitionerId}`,
    ]);
    const qb = manager
      .getRepository(Appointment)
      .createQueryBuilder('a')
      .where('a.practice_id = :practiceId', { practiceId: ctx.practiceId })
      .andWhere('a.practitioner_id = :practitionerId', {
        practitionerId: slot.practitionerId,
      })
      .andWhere("a.status NOT IN ('cancelled', 'no_show')")
      .andWhere('a.start_at < :end AND a.end_at > :start', {
        start: slot.start,
        end: slot.end,
      })
      .orderBy('a.start_at', 'ASC')
      .limit(20);
    if (slot.except) qb.andWhere('a.id <> :except', { except: slot.except });
    const rows = await qb.getMany();
    if (!rows.length) return;
    const visible = new Map(
      (
        await this.access
          .query(manager, ctx)
          .andWhere('c.id IN (:...ids)', { ids: rows.map((r) => r.clientId) })
          .select(['c.id', 'c.firstName', 'c.lastName'])
          .getMany()
      ).map((c) => [c.id, `${c.firstName} ${c.lastName}`]),
    );
    const overlaps: OverlappingAppointment[] = rows.map((r) => ({
      id: r.id,
      start: r.startAt.toISOString(),
      end: r.endAt.toISOString(),
      type: r.type,
      practitionerId: r.practitionerId,
      clientName: visible.get(r.clientId) ?? null,
    }));
    throw new ApiError(409, 'appointment_overlap', { extra: { overlaps } });
  }

  private async map(
    manager: EntityManager,
    rows: Appointment[],
    client?: Client,
  ): Promise<AppointmentDto[]> {
    const names = await practitionerNames(
      manager,
      rows.map((r) => r.practitionerId),
    );
    const ids = [...new Set(rows.map((r) => r.clientId))];
    const clients = client
      ? [client]
      : ids.length
        ? await manager
            .getRepository(Client)
            .createQueryBuilder('c')
            .select(['c.id', 'c.firstName', 'c.lastName'])
            .where('c.id IN (:...ids)', { ids })
            .getMany()
        : [];
    const byId = new Map(clients.map((c) => [c.id, c]));
    return rows.map((r) =>
      toAppointment(r, byId.get(r.clientId) as Client, names),
    );
  }
}

/**
 * What the client hears of a change: a cancellation; an updated invitation
 * when the time, the place or the practitioner changed, or a cancelled
 * appointment was planned again; for done or no-show nothing, but its
 * reminder is dropped.
 */
function whatChanged(
  before: { location: string | null; status: Appointment['status'] },
  saved: Appointment,
  moved: boolean,
): AppointmentEvent['kind'] | null {
  if (saved.status === before.status) {
    if (saved.status !== 'planned') return null;
    return moved || saved.location !== before.location ? 'rescheduled' : null;
  }
  if (saved.status === 'cancelled') return 'cancelled';
  if (saved.status === 'planned')
    return before.status === 'cancelled' ? 'rescheduled' : null;
  return 'closed';
}

function eventOf(
  kind: AppointmentEvent['kind'],
  row: Appointment,
): AppointmentEvent {
  return {
    kind,
    appointmentId: row.id,
    practiceId: row.practiceId,
    clientId: row.clientId,
    practitionerId: row.practitionerId,
    start: row.startAt,
  };
}

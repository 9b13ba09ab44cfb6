import type {
  MailSettings,
  Outbox as OutboxDto,
} from '@herstelkompas/contracts';
import { Body, Controller, Get, Inject, Patch } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ApiError } from '../common/api-error';
import { Ctx, type RequestContext } from '../common/request-context';
import { APP_CONFIG, type RuntimeConfig } from '../config/config.module';
import { Practice } from '../practices/practice.entity';
import { retryTimes, toOutboxMessage } from './deliveries';
import { UpdateMailSettingsDto } from './dto/update-mail-settings.dto';
import { MailMessage } from './mail-message.entity';

/** How many outbox mails the page shows: the newest. */
const OUTBOX_PAGE = 200;

@ApiTags('mail')
@ApiCookieAuth()
@Controller('practice')
export class MailController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  @Get('outbox')
  @ApiOperation({
    summary:
      "The practice's mail, newest first, with what became of it (owner only)",
  })
  async outbox(@Ctx() ctx: RequestContext): Promise<OutboxDto> {
    if (ctx.role !== 'owner') throw new ApiError(403, 'owner_only');
    return this.dataSource.transaction(async (manager) => {
      const mails = await manager.find(MailMessage, {
        where: { practiceId: ctx.practiceId },
        order: { createdAt: 'DESC' },
        take: OUTBOX_PAGE,
      });
      const retries = await retryTimes(manager, mails);
      return {
        smtpConfigured: Boolean(this.config.mail.smtpUrl),
        messages: mails.map((m) => toOutboxMessage(m, retries)),
      };
    });
  }

  @Get('mail-settings')
  async settings(@Ctx() ctx: RequestContext): Promise<MailSettings> {
    const practice = await this.dataSource
      .getRepository(Practice)
      .findOneByOrFail({ id: ctx.practiceId });
    return settingsOf(practice);
  }

  @Patch('mail-settings')
  @ApiOperation({
    summary:
      'When the intake and appointment reminders go (owner only); absent fields stay',
  })
  async updateSettings(
    @Ctx() ctx: RequestContext,
    @Body() body: UpdateMailSettingsDto,
  ): Promise<MailSettings> {
    if (ctx.role !== 'owner') throw new ApiError(403, 'owner_only');
    const repo = this.dataSource.getRepository(Practice);
    const change: Partial<MailSettings> = {};
    if (body.intakeReminderDays !== undefined)
      change.intakeReminderDays = body.intakeReminderDays;
    if (body.appointmentReminderHours !== undefined)
      change.appointmentReminderHours = body.appointmentReminderHours;
    if (body.messagingEnabled !== undefined)
      change.messagingEnabled = body.messagingEnabled;
    if (body.checkInRedFlags !== undefined)
      change.checkInRedFlags = body.checkInRedFlags;
    if (Object.keys(change).length)
      await repo.update({ id: ctx.practiceId }, change);
    return settingsOf(await repo.findOneByOrFail({ id: ctx.practiceId }));
  }
}

function settingsOf(practice: Practice): MailSettings {
  return {
    intakeReminderDays: practice.intakeReminderDays,
    appointmentReminderHours: practice.appointmentReminderHours,
    messagingEnabled: practice.messagingEnabled,
    checkInRedFlags: practice.checkInRedFlags,
  };
}

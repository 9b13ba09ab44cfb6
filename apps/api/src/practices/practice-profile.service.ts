import type { PracticeProfile } from '@herstelkompas/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ApiError } from '../common/api-error';
import type { RequestContext } from '../common/request-context';
import { AuditService } from '../audit/audit.service';
import { UpdatePracticeProfileDto } from './dto/update-practice-profile.dto';
import { reencodeLogo, sniffImage } from './logo-image';
import { PracticeLogo } from './practice-logo.entity';
import { Practice } from './practice.entity';

/** Instellingen -> Praktijk: readable by everyone of the practice, changed by an owner. */
@Injectable()
export class PracticeProfileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  read(ctx: RequestContext): Promise<PracticeProfile> {
    return loadProfile(this.dataSource.manager, ctx.practiceId);
  }

  async update(
    ctx: RequestContext,
    dto: UpdatePracticeProfileDto,
  ): Promise<PracticeProfile> {
    ownerOnly(ctx);
    return this.dataSource.transaction(async (tx) => {
      await tx.update(
        Practice,
        { id: ctx.practiceId },
        {
          name: dto.name,
          addressStreet: dto.address.street,
          addressPostalCode: dto.address.postalCode,
          addressCity: dto.address.city,
          phone: dto.phone,
          email: dto.email,
          website: dto.website,
          kvk: dto.kvk,
          agb: dto.agb,
          reportClosing: dto.reportClosing,
          // Left out by an older client: kept as it was.
          ...(dto.privacyStatementUrl !== undefined
            ? { privacyStatementUrl: dto.privacyStatementUrl }
            : {}),
        },
      );
      await this.record(tx, ctx, 'profile');
      return loadProfile(tx, ctx.practiceId);
    });
  }

  /**
   * Stores the logo re-encoded. The Content-Type was checked on the way in
   * (create-app.ts); here the bytes themselves must be PNG or JPEG, and
   * decode: an SVG or anything else labelled image/png is refused.
   */
  async putLogo(ctx: RequestContext, body: unknown): Promise<PracticeProfile> {
    ownerOnly(ctx);
    if (!Buffer.isBuffer(body)) throw new ApiError(415, 'logo_type');
    if (!sniffImage(body)) throw new ApiError(400, 'logo_unreadable');
    const encoded = await reencodeLogo(body).catch(() => {
      throw new ApiError(400, 'logo_unreadable');
    });
    return this.dataSource.transaction(async (tx) => {
      await tx.upsert(
        PracticeLogo,
        { practiceId: ctx.practiceId, ...encoded, updatedAt: new Date() },
        ['practiceId'],
      );
      await this.record(tx, ctx, 'logo');
      return loadProfile(tx, ctx.practiceId);
    });
  }

  async deleteLogo(ctx: RequestContext): Promise<void> {
    ownerOnly(ctx);
    await this.dataSource.transaction(async (tx) => {
      const { affected } = await tx.delete(PracticeLogo, {
        practiceId: ctx.practiceId,
      });
      if (affected) await this.record(tx, ctx, 'logo_removed');
    });
  }

  logo(ctx: RequestContext): Promise<PracticeLogo | null> {
    return this.dataSource.manager.findOneBy(PracticeLogo, {
      practiceId: ctx.practiceId,
    });
  }

  private record(
    tx: EntityManager,
    ctx: RequestContext,
    what: 'profile' | 'logo' | 'logo_removed',
  ): Promise<void> {
    return this.audit.record(tx, ctx, {
      event: 'practice.profile_update',
      action: what === 'logo_removed' ? 'D' : 'U',
      part: 'practice',
      details: { what },
    });
  }
}

function ownerOnly(ctx: RequestContext): void {
  if (ctx.role !== 'owner') throw new ApiError(403, 'owner_only');
}

/** The profile of one practice, its logo's size and date but not its bytes. */
export async function loadProfile(
  manager: EntityManager,
  practiceId: string,
): Promise<PracticeProfile> {
  const practice = await manager.findOneByOrFail(Practice, { id: practiceId });
  const logo = await manager.findOne(PracticeLogo, {
    where: { practiceId },
    select: { practiceId: true, width: true, height: true, updatedAt: true },
  });
  return {
    name: practice.name,
    address: {
      street: practice.addressStreet,
      postalCode: practice.addressPostalCode,
      city: practice.addressCity,
    },
    phone: practice.phone,
    email: practice.email,
    website: practice.website,
    kvk: practice.kvk,
    agb: practice.agb,
    reportClosing: practice.reportClosing,
    privacyStatementUrl: practice.privacyStatementUrl,
    logo: logo
      ? {
          width: logo.width,
          height: logo.height,
          updatedAt: logo.updatedAt.toISOString(),
        }
      : null,
  };
}

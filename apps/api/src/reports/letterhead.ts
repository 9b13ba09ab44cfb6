import type { EntityManager } from 'typeorm';
import { PracticeLogo } from '../practices/practice-logo.entity';
import type { Letterhead } from './pdf/pdf-letterhead';
import type { ReportData } from './report-data';

/** The letterhead of the client's practice and the signature of the practitioner named on the report. */
export async function loadLetterhead(
  manager: EntityManager,
  { practice, practitioner }: Pick<ReportData, 'practice' | 'practitioner'>,
): Promise<Letterhead> {
  const logo = await manager.findOneBy(PracticeLogo, {
    practiceId: practice.id,
  });
  const place = [practice.addressPostalCode, practice.addressCity]
    .filter(Boolean)
    .join(' ');
  return {
    practiceName: practice.name,
    addressLines: [practice.addressStreet, place].filter(
      (line): line is string => Boolean(line),
    ),
    phone: practice.phone,
    email: practice.email,
    website: practice.website?.replace(/^https:\/\//, '') ?? null,
    kvk: practice.kvk,
    agb: practice.agb,
    logoPng: logo ? logo.image.toString('base64') : null,
    signature: {
      name: practitioner.displayName,
      profession: practitioner.profession,
      registration: practitioner.registration,
    },
  };
}

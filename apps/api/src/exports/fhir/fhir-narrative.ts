import { formatDate } from '@herstelkompas/domain';
import type {
  CodeableConcept,
  ContactPoint,
  FhirResource,
  Narrative,
  Quantity,
  Reference,
} from 'fhir/r4';

/** Text for XHTML: names may hold <, & or quotes, and stay text. */
export function escapeXhtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

type Row = [label: string, value: string | number | undefined | null];

const concept = (c?: CodeableConcept) =>
  c?.text ?? c?.coding?.map((x) => x.display ?? x.code).join(', ');
const ref = (r?: Reference) => r?.display;
const day = (iso?: string) => (iso ? formatDate(iso) : undefined);
const clock = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  hour: '2-digit',
  minute: '2-digit',
});
/** A moment as the agenda shows it: date and time in Amsterdam. */
const moment = (iso?: string) =>
  iso ? `${formatDate(iso)} ${clock.format(new Date(iso))}` : undefined;
const APPOINTMENT_STATUS_WORDS: Record<string, string> = {
  booked: 'gepland',
  fulfilled: 'geweest',
  cancelled: 'geannuleerd',
  noshow: 'niet verschenen',
};
const quantity = (q?: Quantity) =>
  q?.value === undefined
    ? undefined
    : `${q.comparator ?? ''}${q.value} ${q.unit ?? ''}`.trim();

/** The rows a reader sees per resource type, all taken from the resource itself. */
function rows(resource: FhirResource): { title: string; rows: Row[] } {
  switch (resource.resourceType) {
    case 'Patient':
      return {
        title: `Cliënt: ${resource.name?.[0]?.text ?? ''}`,
        rows: [
          ['Geboortedatum', day(resource.birthDate)],
          ['Cliëntnummer', resource.identifier?.[0]?.value],
          [
            'E-mail',
            resource.telecom?.find((t) => t.system === 'email')?.value,
          ],
          ['Huisarts', resource.generalPractitioner?.[0]?.display],
          // The contained GP (Practitioner or Organization) and how to reach them.
          ...(resource.contained ?? [])
            .flatMap((c) => (c as { telecom?: ContactPoint[] }).telecom ?? [])
            .map((t): Row => [
              t.system === 'phone' ? 'Telefoon huisarts' : 'E-mail huisarts',
              t.value,
            ]),
        ],
      };
    case 'Organization':
      return { title: `Praktijk: ${resource.name ?? ''}`, rows: [] };
    case 'Practitioner':
      return {
        title: `Behandelaar: ${resource.name?.[0]?.text ?? ''}`,
        rows: [['E-mail', resource.telecom?.[0]?.value]],
      };
    case 'CodeSystem':
      return {
        title: `Codesysteem: ${resource.title ?? resource.name ?? ''}`,
        rows: (resource.concept ?? []).map((c) => [c.code, c.display]),
      };
    case 'Questionnaire':
      return {
        title: `Vragenlijst: ${resource.title ?? ''} (versie ${resource.version ?? ''})`,
        rows: (resource.item ?? []).map((g) => [
          g.text ?? g.linkId,
          `${g.item?.length ?? 0} vragen`,
        ]),
      };
    case 'QuestionnaireResponse':
      return {
        title: 'Ingevulde vragenlijst',
        rows: [
          ['Ingevuld op', day(resource.authored)],
          ['Ingevuld door', ref(resource.source)],
          ['Vastgelegd door', ref(resource.author)],
          [
            'Beantwoorde vragen',
            (resource.item ?? []).reduce(
              (n, g) => n + (g.item?.length ?? 0),
              0,
            ),
          ],
        ],
      };
    case 'Observation':
      return {
        title: concept(resource.code) ?? 'Meting',
        rows: [
          ['Datum', day(resource.effectiveDateTime)],
          [
            'Waarde',
            quantity(resource.valueQuantity) ??
              concept(resource.dataAbsentReason),
          ],
          ['Beoordeling', concept(resource.interpretation?.[0])],
          ...(resource.component ?? []).map((c): Row => [
            concept(c.code) ?? '',
            quantity(c.valueQuantity) ?? concept(c.dataAbsentReason),
          ]),
        ],
      };
    case 'Goal':
      return {
        title: `Doel: ${resource.description.text ?? ''}`,
        rows: [
          ['Domein', concept(resource.category?.[0])],
          ['Status', resource.lifecycleStatus],
          ['Resultaat', concept(resource.achievementStatus)],
          [
            'Streefwaarde',
            quantity(resource.target?.[0]?.detailQuantity) ??
              resource.target?.[0]?.detailString,
          ],
          ['Streefdatum', day(resource.target?.[0]?.dueDate)],
        ],
      };
    case 'CarePlan':
      return {
        title: resource.title ?? 'Plan',
        rows: [
          ['Omschrijving', resource.description],
          ['Vastgesteld door', ref(resource.author)],
          ['Datum', day(resource.created)],
          ['Toelichting', resource.note?.[0]?.text],
          ['Doelen', resource.goal?.length],
        ],
      };
    case 'Consent':
      return {
        title: 'Toestemming',
        rows: [
          ['Status', resource.status],
          ['Datum', day(resource.dateTime)],
          ['Grondslag', resource.policyRule?.text],
        ],
      };
    case 'DocumentReference':
      return {
        title: resource.description ?? 'Document',
        rows: [
          ['Soort', concept(resource.category?.[0])],
          ['Status', resource.docStatus],
          ['Auteur', ref(resource.author?.[0])],
          ['Datum', day(resource.date)],
        ],
      };
    case 'Flag':
      return {
        title: `Rode vlag: ${concept(resource.code) ?? ''}`,
        rows: [
          ['Status', resource.status === 'active' ? 'open' : 'afgehandeld'],
          ['Gemeld', day(resource.period?.start)],
          ['Afgehandeld', day(resource.period?.end)],
        ],
      };
    case 'Appointment':
      return {
        title: `Afspraak: ${concept(resource.serviceType?.[0]) ?? ''}`,
        rows: [
          [
            'Status',
            APPOINTMENT_STATUS_WORDS[resource.status] ?? resource.status,
          ],
          ['Begin', moment(resource.start)],
          ['Einde', moment(resource.end)],
          [
            'Duur',
            resource.minutesDuration
              ? `${resource.minutesDuration} minuten`
              : undefined,
          ],
          [
            'Behandelaar',
            ref(
              resource.participant.find((p) => p.actor?.type === 'Practitioner')
                ?.actor,
            ),
          ],
          ['Locatie', resource.description],
          ['Notitie', resource.comment],
        ],
      };
    case 'Communication':
      return {
        title: 'Bericht via de persoonlijke pagina',
        rows: [
          ['Van', ref(resource.sender)],
          ['Verstuurd', moment(resource.sent)],
          ['Gelezen', moment(resource.received)],
          ['Tekst', resource.payload?.[0]?.contentString],
        ],
      };
    default:
      return { title: resource.resourceType, rows: [] };
  }
}

/**
 * A generated, human-readable summary of the resource (dom-6): XHTML in the
 * FHIR namespace, only text and simple markup, every value escaped.
 */
export function narrative(resource: FhirResource): Narrative {
  const { title, rows: all } = rows(resource);
  const shown = all.filter(
    ([, value]) => value !== undefined && value !== null && value !== '',
  );
  const list = shown.length
    ? `<ul>${shown
        .map(
          ([label, value]) =>
            `<li>${escapeXhtml(label)}: ${escapeXhtml(String(value))}</li>`,
        )
        .join('')}</ul>`
    : '';
  return {
    status: 'generated',
    div: `<div xmlns="http://www.w3.org/1999/xhtml"><p><b>${escapeXhtml(title.trim() || resource.resourceType)}</b></p>${list}</div>`,
  };
}

import { DOMAINS, formatDate } from '@herstelkompas/domain';
import type {
  DocumentReference,
  Organization,
  Patient,
  Practitioner as FhirPractitioner,
  Reference,
} from 'fhir/r4';
import type { NoteWithAddenda } from '../../reports/report-data';
import type { ClientRecordData } from '../client-record';
import { SESSION_TYPE_LABELS } from './fhir-code-systems';
import { LOINC, reference, SESSION_TYPE_SYSTEM } from './fhir-codes';

const PROGRESS_NOTE = {
  coding: [{ system: LOINC, code: '11506-3', display: 'Progress note' }],
  text: 'Sessieverslag',
};
const ADDENDUM = {
  coding: [{ system: LOINC, code: '11506-3', display: 'Progress note' }],
  text: 'Aanvulling op sessieverslag',
};

const markdown = (text: string) => ({
  contentType: 'text/markdown; charset=UTF-8',
  data: Buffer.from(text, 'utf8').toString('base64'),
});

/** The note as the practitioner wrote it, with its structured parts as sections. */
function noteMarkdown({ note }: NoteWithAddenda): string {
  const parts = [note.text];
  if (note.domains.length)
    parts.push(
      `**Domeinen:** ${note.domains.map((d) => DOMAINS[d].name.nl).join(', ')}`,
    );
  if (note.painAtStart !== null)
    parts.push(`**Pijn bij aanvang:** ${note.painAtStart}/10`);
  if (note.homework.length)
    parts.push(
      `**Huiswerk:**\n\n${note.homework
        .map((h) => `- ${DOMAINS[h.domain]?.name.nl ?? h.domain}: ${h.text}`)
        .join('\n')}`,
    );
  if (note.nextSteps) parts.push(`**Volgende stappen:** ${note.nextSteps}`);
  return parts.filter((p) => p.trim()).join('\n\n') + '\n';
}

/**
 * Session notes as DocumentReferences with a Markdown attachment. A signed
 * note is `final` and authenticated by its author; a draft is exported as
 * `preliminary`, never as final. Each addendum is a document of its own
 * that `appends` the note, with its own author and date.
 */
export function noteDocuments(
  data: ClientRecordData,
  subject: Patient,
  org: Organization,
  authors: Map<string, FhirPractitioner>,
): DocumentReference[] {
  const author = (id: string): Reference[] => {
    const person = authors.get(id);
    return person ? [reference(person, person.name?.[0]?.text)] : [];
  };
  return data.notes.flatMap((entry) => {
    const { note, addenda } = entry;
    const signed = note.status === 'signed';
    const label = `${SESSION_TYPE_LABELS[note.type] ?? note.type} van ${formatDate(note.sessionDate.toISOString())}`;
    const end =
      note.durationMinutes !== null
        ? new Date(
            note.sessionDate.getTime() + note.durationMinutes * 60_000,
          ).toISOString()
        : undefined;
    const document: DocumentReference = {
      resourceType: 'DocumentReference',
      id: note.id,
      status: 'current',
      docStatus: signed ? 'final' : 'preliminary',
      type: PROGRESS_NOTE,
      category: [
        {
          coding: [
            {
              system: SESSION_TYPE_SYSTEM,
              code: note.type,
              display: SESSION_TYPE_LABELS[note.type],
            },
          ],
        },
      ],
      subject: reference(subject),
      date: (note.signedAt ?? note.updatedAt).toISOString(),
      author: author(note.authorId),
      ...(signed && authors.has(note.authorId)
        ? { authenticator: author(note.authorId)[0] }
        : {}),
      custodian: reference(org),
      description: signed ? label : `${label} (concept)`,
      content: [
        {
          attachment: {
            ...markdown(noteMarkdown(entry)),
            title: label,
            creation: note.createdAt.toISOString(),
          },
        },
      ],
      context: {
        period: { start: note.sessionDate.toISOString(), end },
      },
    };
    const appended = addenda.map((a): DocumentReference => ({
      resourceType: 'DocumentReference',
      id: a.id,
      status: 'current',
      docStatus: 'final',
      type: ADDENDUM,
      subject: reference(subject),
      date: a.createdAt.toISOString(),
      author: author(a.authorId),
      authenticator: author(a.authorId)[0],
      custodian: reference(org),
      description: `Aanvulling op ${label}`,
      relatesTo: [{ code: 'appends', target: reference(document) }],
      content: [
        {
          attachment: {
            ...markdown(a.text.endsWith('\n') ? a.text : `${a.text}\n`),
            title: `Aanvulling op ${label}`,
            creation: a.createdAt.toISOString(),
          },
        },
      ],
    }));
    return [document, ...appended];
  });
}

import type {
  CreateSessionNoteRequest,
  Homework,
  SessionNote,
  SessionType,
} from '@herstelkompas/contracts';
import type { DomainId } from '@herstelkompas/domain';
import { parseDutchDate } from '../core/forms/dutch-date';
import { fromAmsterdam, parseTime, toAmsterdamParts } from './amsterdam-time';

/** The editor's fields as typed; `toRequest` turns them into the API body. */
export interface NoteForm {
  /** dd-mm-jjjj */
  date: string;
  /** HH:mm, Amsterdam */
  time: string;
  durationMinutes: string;
  type: SessionType;
  domains: DomainId[];
  painAtStart: number | null;
  text: string;
  homework: Homework[];
  nextSteps: string;
  includeInReport: boolean;
}

export type NoteField = 'date' | 'time' | 'durationMinutes';

/** A new note: now, in Amsterdam, with the type's template as its text. */
export function newNoteForm(
  now: Date,
  type: SessionType,
  text: string,
): NoteForm {
  return {
    ...toAmsterdamParts(now.toISOString()),
    durationMinutes: '',
    type,
    domains: [],
    painAtStart: null,
    text,
    homework: [],
    nextSteps: '',
    includeInReport: false,
  };
}

export function fromNote(note: SessionNote): NoteForm {
  return {
    ...toAmsterdamParts(note.sessionDate),
    durationMinutes:
      note.durationMinutes === null ? '' : String(note.durationMinutes),
    type: note.type,
    domains: [...note.domains],
    painAtStart: note.painAtStart,
    text: note.text,
    homework: note.homework.map((h) => ({ ...h })),
    nextSteps: note.nextSteps ?? '',
    includeInReport: note.includeInReport,
  };
}

/** Which fields cannot be sent as typed. */
export function formErrors(form: NoteForm): Partial<Record<NoteField, true>> {
  const errors: Partial<Record<NoteField, true>> = {};
  if (!parseDutchDate(form.date)) errors.date = true;
  if (!parseTime(form.time)) errors.time = true;
  const duration = form.durationMinutes.trim();
  if (duration && !/^\d+$/.test(duration)) errors.durationMinutes = true;
  else if (duration && (Number(duration) < 1 || Number(duration) > 600))
    errors.durationMinutes = true;
  return errors;
}

/**
 * The API body for the form; null while a field cannot be read. Empty
 * homework rows are left out (the API wants text), and the pain question is
 * left alone when the client has pain focus switched off.
 */
export function toRequest(
  form: NoteForm,
  options: { askPain: boolean },
): CreateSessionNoteRequest | null {
  const date = parseDutchDate(form.date);
  const time = parseTime(form.time);
  if (!date || !time || Object.keys(formErrors(form)).length) return null;
  const duration = form.durationMinutes.trim();
  return {
    sessionDate: fromAmsterdam(date, time),
    type: form.type,
    domains: [...form.domains],
    text: form.text,
    durationMinutes: duration ? Number(duration) : null,
    ...(options.askPain ? { painAtStart: form.painAtStart } : {}),
    homework: form.homework
      .filter((h) => h.text.trim() !== '')
      .map((h) => ({ domain: h.domain, text: h.text.trim() })),
    nextSteps: form.nextSteps.trim() === '' ? null : form.nextSteps,
    includeInReport: form.includeInReport,
  };
}

/**
 * Takes homework and next steps from an earlier note without losing what
 * is already typed: new homework rows are added, next steps appended.
 */
export function withPrevious(form: NoteForm, previous: SessionNote): NoteForm {
  const typed = form.homework.filter((h) => h.text.trim() !== '');
  const known = new Set(typed.map((h) => `${h.domain}|${h.text.trim()}`));
  const added = previous.homework.filter(
    (h) => !known.has(`${h.domain}|${h.text.trim()}`),
  );
  const before = form.nextSteps.trim();
  const earlier = (previous.nextSteps ?? '').trim();
  const nextSteps =
    !before || before === earlier
      ? earlier
      : earlier && !before.includes(earlier)
        ? `${before}\n${earlier}`
        : before;
  return {
    ...form,
    homework: [...typed, ...added.map((h) => ({ ...h }))],
    nextSteps,
  };
}

import type { clientReportNl } from './client-report-nl';

/** English texts of the report page, typed against the Dutch source. */
export const clientReportEn: typeof clientReportNl = {
  title: 'Report',
  heading: 'Make a report',
  back: 'Back to the client',
  loadError: 'The data for the report could not be loaded.',
  notFoundTitle: 'This client was not found',
  notFoundBody:
    'The record may have been erased, or it is not shared with you. Look the client up in the list.',
  backToList: 'Go to the client list',
  options: {
    heading: 'What goes in',
    period: 'Period',
    from: 'Baseline',
    to: 'Latest measurement',
    noAssessments:
      'No measurements yet. The report then holds the details, focus, goals and notes, without scores.',
    oneAssessment:
      'There is one measurement. After the next one the report also shows the change.',
    variant: {
      baseline: 'intake',
      follow_up: 'follow-up',
    },
    audience: 'For whom',
    audienceClient: 'Client',
    audienceClientHint: 'Warm and in plain words, addressing the client.',
    audienceReferrer: 'Referrer (GP)',
    audienceReferrerHint: 'Concise and clinical, with red flags and follow-up.',
    language: 'Language of the report',
    languageNl: 'Dutch',
    languageEn: 'English',
    notes: 'Session notes',
    notesHint:
      'Choose which signed notes go along. By default no note is included.',
    notesNone:
      'There are no signed notes marked for reports. Switch on "Include in report" under Sessions and sign the note; then you can choose it here.',
    note: 'Session of {date}',
    painCharts: 'Include pain charts',
    painChartsHint: 'Bars for start and now; the pain table is always there.',
    painFocusOff:
      'Pain focus is off for this client, so the pain charts stay out.',
    closing: 'Closing words',
    closingHint: 'A few sentences of your own, at the end of the report.',
    question: 'Question or advice to the GP',
    questionHint: 'At the end of the letter, above your name.',
    closingCount: '{count}/{max}',
  },
  download: 'Issue the report',
  draft: 'Download draft',
  downloading: 'Making the PDF…',
  downloadHint:
    'A draft is not kept. Issuing keeps the PDF with the client and in the access log; the same choices give the same report back.',
  downloadFailed: 'The PDF could not be made.',
  preview: {
    heading: 'Preview',
    hint: 'This is what goes into the PDF. Page breaks may differ.',
    label: 'Preview of the report',
  },
  history: {
    heading: 'Made earlier',
    empty:
      'No issued reports for this client yet. A report you issue appears here.',
    loadError: 'The earlier reports could not be loaded.',
    audience: {
      client: 'For the client',
      referrer: 'For the referrer',
    },
    language: {
      nl: 'Dutch',
      en: 'English',
    },
    by: 'by {name}',
    period: 'measurements {from} to {to}',
    baseline: 'baseline {date}',
    noPeriod: 'without measurements',
    notes: '{count} session notes',
    noNotes: 'no session notes',
    closing: '“{text}”',
    download: 'Download',
    downloadLabel: 'Download the report of {date}',
  },
  actions: {
    open: 'Make report',
    exportRecord: 'Export record',
    exportRecordLabel:
      'Export record: all data, a report and a FHIR file in one ZIP',
    exporting: 'Preparing the record…',
    exportFailed: 'The record could not be exported.',
  },
};

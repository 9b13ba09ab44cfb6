import type { practiceExportNl } from './practice-export-nl';

/** English texts of the practice export, typed against the Dutch source. */
export const practiceExportEn: typeof practiceExportNl = {
  heading: 'Practice export',
  body: "All of your practice's data in one ZIP file: every client record (also as FHIR), all intakes, scores, session notes, goals, reports and the access log. For moving to a new installation or keeping your own archive.",
  care: 'The file holds health data of all your clients. Keep it encrypted, never send it by email, and delete it when you no longer need it. The download is recorded in the access log.',
  restore:
    'It can only be restored into an empty installation, by the administrator of that installation.',
  download: 'Download practice export',
};

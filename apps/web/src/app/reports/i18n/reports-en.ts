import type { practiceReportsNl } from './reports-nl';

/** English texts of the Reports page, typed against the Dutch source. */
export const practiceReportsEn: typeof practiceReportsNl = {
  intro:
    "A report sums up one client's progress in a PDF: the six domains, the focus, the goals and, if you like, session notes. For the client, warm and in plain words, or for a referrer, concise and with red flags.",
  kept: 'Every PDF is kept with the client and can be downloaded again exactly as it was.',
  pick: {
    heading: 'Choose a client',
    search: 'Search by name',
    recent: 'Recently active',
    found: 'Found',
    none: 'No clients found. Check the spelling or search for part of the name.',
    empty:
      'No clients yet. Add a client under Clients first; after the intake you can make a report.',
    loadError: 'The clients could not be loaded.',
    open: 'Make a report for {name}',
  },
  export: {
    heading: 'Export the client list',
    body: 'Every client you may see, as a CSV file for a spreadsheet. Want a selection? Filter the list under Clients and export there.',
    separator: 'Separator',
    semicolon: 'Semicolon (Dutch Excel)',
    comma: 'Comma (English spreadsheets)',
    button: 'Export (CSV)',
    filteredLabel: 'Export the client list with the current filters as CSV',
  },
};

import type { timelineNl } from './timeline-nl';

/** English texts of the Timeline tab, typed against the Dutch source. */
export const timelineEn: typeof timelineNl = {
  title: 'Timeline',
  filterLabel: 'Filter by domain',
  all: 'All domains',
  kinds: {
    assessment: 'Assessment',
    check_in: 'Check-in (self-reported)',
    decision: 'Priority',
    note: 'Session note',
    addendum: 'Addendum',
    goal: 'Goal',
    homework: 'Homework',
    invitation: 'Intake link',
    red_flag: 'Red flag',
    red_flag_handled: 'Red flag handled',
    report: 'Report',
  },
  by: 'by {name}',
  loadError: 'The timeline could not be loaded.',
  emptyTitle: 'Nothing on the timeline yet',
  emptyBody:
    'Intake links, assessments, red flags, decisions, session notes, goals and reports appear here by themselves, newest first. Send an intake or write a first note.',
  noResultsTitle: 'Nothing for this domain',
  noResultsBody:
    'There is nothing on the timeline for this domain yet. Choose “All domains” to see everything.',
};

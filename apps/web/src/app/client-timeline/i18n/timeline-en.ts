import type { timelineNl } from './timeline-nl';

/** English texts of the Timeline tab, typed against the Dutch source. */
export const timelineEn: typeof timelineNl = {
  title: 'Timeline',
  filterLabel: 'Filter by domain',
  all: 'All domains',
  kinds: {
    assessment: 'Assessment',
    decision: 'Priority',
    note: 'Session note',
    goal: 'Goal',
  },
  by: 'by {name}',
  loadError: 'The timeline could not be loaded.',
  emptyTitle: 'Nothing on the timeline yet',
  emptyBody:
    'Assessments, decisions, session notes and goals appear here by themselves, newest first. Send an intake or write a first note.',
  noResultsTitle: 'Nothing for this domain',
  noResultsBody:
    'There is nothing on the timeline for this domain yet. Choose “All domains” to see everything.',
};

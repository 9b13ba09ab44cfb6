import type { chartsNl } from './charts-nl';

/** English texts of the shared charts. */
export const chartsEn: typeof chartsNl = {
  showTable: 'Show as table',
  showChart: 'Show as chart',
  domain: 'Domain',
  date: 'Date',
  legend: 'Legend',
  scoreOf: '{value} of {max}',
  scoreWithEarlier: '{value} of {max}, earlier {earlier}',
  noScore: 'no score',
  noValue: 'no value',
  valueOn: '{value} on {date}',
  radarScale:
    'From 0 in the centre (not disturbed) to 100 at the edge (strongly disturbed).',
  noData: 'No measurements yet.',
};

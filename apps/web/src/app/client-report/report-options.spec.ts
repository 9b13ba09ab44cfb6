import { type ReportOptions, progressReportUrl } from './report-options';

const BASE: ReportOptions = {
  audience: 'client',
  language: 'nl',
  fromAssessmentId: null,
  toAssessmentId: null,
  noteIds: [],
  painCharts: true,
  closing: null,
};

describe('progressReportUrl', () => {
  it('asks for the audience, language and pain charts, leaving out what was not chosen', () => {
    expect(progressReportUrl('c-1', BASE, false)).toBe(
      '/api/clients/c-1/reports/progress.pdf?audience=client&lang=nl&painCharts=true',
    );
  });

  it('sends every choice', () => {
    const url = progressReportUrl(
      'c-1',
      {
        audience: 'referrer',
        language: 'en',
        fromAssessmentId: 'a-1',
        toAssessmentId: 'a-3',
        noteIds: ['n-1', 'n-2'],
        painCharts: false,
        closing: '  Tot snel & sterkte: 50% beter!\nGroet  ',
      },
      false,
    );
    expect(url).toBe(
      '/api/clients/c-1/reports/progress.pdf?audience=referrer&lang=en&from=a-1&to=a-3&notes=n-1%2Cn-2&painCharts=false&closing=Tot%20snel%20%26%20sterkte%3A%2050%25%20beter!%0AGroet',
    );
    const query = new URL(url, 'http://x').searchParams;
    expect(query.get('notes')).toBe('n-1,n-2');
    expect(query.get('closing')).toBe('Tot snel & sterkte: 50% beter!\nGroet');
  });

  it('never asks for pain charts when pain is out of focus', () => {
    const url = progressReportUrl('c-1', BASE, true);
    expect(new URL(url, 'http://x').searchParams.get('painCharts')).toBe(
      'false',
    );
  });

  it('leaves out closing words that are only spaces', () => {
    const url = progressReportUrl('c-1', { ...BASE, closing: '   ' }, false);
    expect(url).not.toContain('closing');
  });

  it('encodes the client id', () => {
    expect(progressReportUrl('a/b', BASE, false)).toContain(
      '/api/clients/a%2Fb/reports/',
    );
  });
});

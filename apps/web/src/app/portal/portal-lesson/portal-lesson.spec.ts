import { nextLessonId } from './portal-lesson';

describe('nextLessonId', () => {
  it.each([
    ['pain-alarm', 'action-and-rest'],
    ['scans', 'six-domains'],
    ['six-domains', null],
    ['onbekend', null],
  ])('after %s comes %s', (id, next) => {
    expect(nextLessonId(id)).toBe(next);
  });
});

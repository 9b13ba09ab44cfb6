import { TIMELINE_EXCERPT_MAX } from '@herstelkompas/contracts';
import { excerpt } from './excerpt';

describe('timeline excerpt', () => {
  it('strips Markdown markers from a note', () => {
    expect(
      excerpt(
        '## Besproken\n- **slaap** eerst\n- _adem_ `4-7-8`\n\n> [schema](https://x.nl) & meer',
        true,
      ),
    ).toBe('Besproken slaap eerst adem 4-7-8 schema & meer');
  });

  it('keeps at most the maximum, cut at a word, with an ellipsis', () => {
    const text = 'woord '.repeat(60);
    const short = excerpt(text) as string;
    expect(short.length).toBeLessThanOrEqual(TIMELINE_EXCERPT_MAX);
    expect(short.endsWith('woord…')).toBe(true);
    expect(excerpt('x'.repeat(300))).toHaveLength(TIMELINE_EXCERPT_MAX);
  });

  it('gives null for nothing to show', () => {
    expect(excerpt('')).toBeNull();
    expect(excerpt('  \n ', true)).toBeNull();
    expect(excerpt(null)).toBeNull();
  });
});

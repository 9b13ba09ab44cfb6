import { applyFormat } from './markdown-format';

describe('applyFormat', () => {
  it('puts bold and italic markers around the selection, spaces outside', () => {
    expect(
      applyFormat({ text: 'slaapt beter nu', start: 7, end: 13 }, 'bold'),
    ).toEqual({ text: 'slaapt **beter** nu', start: 9, end: 14 });
    expect(
      applyFormat({ text: 'slaapt beter', start: 7, end: 12 }, 'italic'),
    ).toEqual({ text: 'slaapt *beter*', start: 8, end: 13 });
  });

  it('leaves the cursor between the markers when nothing is selected', () => {
    expect(applyFormat({ text: 'a ', start: 2, end: 2 }, 'bold')).toEqual({
      text: 'a ****',
      start: 4,
      end: 4,
    });
  });

  it('makes the current line a heading, and plain again', () => {
    const heading = applyFormat(
      { text: 'eerst\nBesproken\nrest', start: 8, end: 8 },
      'heading',
    );
    expect(heading.text).toBe('eerst\n## Besproken\nrest');
    expect(applyFormat({ ...heading, start: 9, end: 9 }, 'heading').text).toBe(
      'eerst\nBesproken\nrest',
    );
  });

  it('makes every selected line a list item', () => {
    const text = 'slaap\nademhaling\nwandelen';
    expect(applyFormat({ text, start: 0, end: text.length }, 'list')).toEqual({
      text: '- slaap\n- ademhaling\n- wandelen',
      start: 0,
      end: 31,
    });
  });
});

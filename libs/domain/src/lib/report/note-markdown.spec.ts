import { noteBlocks, notePlainText } from './note-markdown';

const plain = (text: string) => ({ text, bold: false, italic: false });

describe('noteBlocks', () => {
  it('turns headings, emphasis and lists into blocks of styled runs', () => {
    expect(
      noteBlocks(
        '## Bevindingen\n\nSlaapt **beter** en *wandelt*, ***beide***.\n\n- **Adem**: rustig\n- Stress\n  - werk\n\n3. drie\n4. vier',
      ),
    ).toEqual([
      { kind: 'heading', runs: [plain('Bevindingen')] },
      {
        kind: 'paragraph',
        runs: [
          plain('Slaapt '),
          { text: 'beter', bold: true, italic: false },
          plain(' en '),
          { text: 'wandelt', bold: false, italic: true },
          plain(', '),
          { text: 'beide', bold: true, italic: true },
          plain('.'),
        ],
      },
      {
        kind: 'list',
        items: [
          {
            depth: 0,
            marker: '•',
            runs: [
              { text: 'Adem', bold: true, italic: false },
              plain(': rustig'),
            ],
          },
          { depth: 0, marker: '•', runs: [plain('Stress')] },
          { depth: 1, marker: '•', runs: [plain('werk')] },
        ],
      },
      {
        kind: 'list',
        items: [
          { depth: 0, marker: '3.', runs: [plain('drie')] },
          { depth: 0, marker: '4.', runs: [plain('vier')] },
        ],
      },
    ]);
  });

  it('keeps the words of links, code, quotes and html, never their markup', () => {
    expect(
      notePlainText(
        '> geciteerd\n\nZie [de site](https://example.org) en `code`, ~~weg~~ <b>vet</b>\nregel\n\n---\n\n```\nblok\n```\n\n<div>html</div>\n\n| a | b |\n|---|---|\n| 1 | 2 |',
      ),
    ).toBe(
      'geciteerd\n\nZie de site en code, weg <b>vet</b>\nregel\n\nblok\n\n<div>html</div>\n\n| a | b |\n|---|---|\n| 1 | 2 |',
    );
  });

  it('reads plain text and loose list items as paragraphs and items', () => {
    expect(notePlainText('Gewone tekst.\n\nNog een alinea.')).toBe(
      'Gewone tekst.\n\nNog een alinea.',
    );
    expect(notePlainText('1. een\n\n   meer\n2. twee\n-')).toBe(
      '1. een\nmeer\n2. twee\n\n• ',
    );
    expect(noteBlocks('<!-- -->\n\nx')).toEqual([
      { kind: 'paragraph', runs: [plain('<!-- -->')] },
      { kind: 'paragraph', runs: [plain('x')] },
    ]);
    expect(noteBlocks('```\n\n```')).toEqual([]);
    expect(noteBlocks('- \n- x')).toEqual([
      {
        kind: 'list',
        items: [
          { depth: 0, marker: '•', runs: [] },
          { depth: 0, marker: '•', runs: [plain('x')] },
        ],
      },
    ]);
  });
});

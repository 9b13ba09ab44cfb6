import { HttpErrorResponse } from '@angular/common/http';
import { fileNameFrom, readFailure } from './file-download';

describe('fileNameFrom', () => {
  it('prefers the exact UTF-8 name', () => {
    expect(
      fileNameFrom(
        `attachment; filename="voortgang-jose.pdf"; filename*=UTF-8''voortgang-jos%C3%A9.pdf`,
        'x.pdf',
      ),
    ).toBe('voortgang-josé.pdf');
  });

  it('falls back to the plain name, then to the fallback', () => {
    expect(fileNameFrom('attachment; filename="a.zip"', 'x.zip')).toBe('a.zip');
    expect(fileNameFrom(null, 'x.zip')).toBe('x.zip');
  });
});

describe('readFailure', () => {
  it('reads the JSON error body that arrives as a blob', async () => {
    const body = {
      statusCode: 400,
      code: 'validation',
      message: 'Niet alle velden zijn goed ingevuld.',
      details: [
        {
          field: 'notes',
          code: 'note_not_reportable',
          message: 'Alleen ondertekende notities.',
        },
      ],
    };
    const error = new HttpErrorResponse({
      status: 400,
      error: new Blob([JSON.stringify(body)], { type: 'application/json' }),
    });
    await expect(readFailure(error)).resolves.toEqual({
      status: 400,
      code: 'validation',
      message: 'Niet alle velden zijn goed ingevuld.',
      details: body.details,
    });
  });

  it('keeps the status when the body is not JSON', async () => {
    const error = new HttpErrorResponse({
      status: 502,
      error: new Blob(['<html>Bad gateway</html>']),
    });
    await expect(readFailure(error)).resolves.toMatchObject({
      status: 502,
      code: null,
      message: null,
    });
  });
});

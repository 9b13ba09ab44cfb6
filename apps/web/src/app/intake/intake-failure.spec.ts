import { HttpErrorResponse } from '@angular/common/http';
import { intakeFailure, screenFor } from './intake-failure';

const failure = (status: number, body: object) =>
  intakeFailure(new HttpErrorResponse({ status, error: body }));

describe('screenFor', () => {
  it('shows "this link does not work" for an unknown link and for a malformed one', () => {
    expect(screenFor(failure(404, { code: 'intake_unavailable' }))).toBe(
      'unavailable',
    );
    expect(
      screenFor(
        failure(400, {
          code: 'validation_failed',
          details: [{ field: 'token', code: 'invalid_id', message: 'x' }],
        }),
      ),
    ).toBe('unavailable');
  });

  it('keeps the client on the page for a field error of an answer', () => {
    expect(
      screenFor(
        failure(400, {
          code: 'validation_failed',
          details: [{ field: 'answers.STR1', code: 'required', message: 'x' }],
        }),
      ),
    ).toBeNull();
  });
});

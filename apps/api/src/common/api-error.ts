import type { FieldError } from '@herstelkompas/contracts';
import { HttpException } from '@nestjs/common';
import type { MessageCode } from './messages';

/**
 * An error the API answers on purpose. The message is chosen by code and
 * written in the caller's language by the exception filter.
 */
export class ApiError extends HttpException {
  constructor(
    status: number,
    readonly code: MessageCode,
    readonly extras: {
      params?: Record<string, string | number>;
      details?: FieldError[];
      retryAt?: Date;
      /** More fields for the body, e.g. the intake gate's language. */
      extra?: Record<string, unknown>;
    } = {},
  ) {
    super(code, status);
  }
}

/** Field-level problems before localisation: the filter turns them into FieldErrors. */
export type RawFieldError =
  | {
      field: string;
      code: MessageCode;
      params?: Record<string, string | number>;
      text?: undefined;
    }
  /** Already localised text (e.g. from libs/domain's answer validation), used as is. */
  | { field: string; code: string; text: { nl: string; en: string } };

export class ValidationFailed extends HttpException {
  constructor(readonly fields: RawFieldError[]) {
    super('validation', 400);
  }
}

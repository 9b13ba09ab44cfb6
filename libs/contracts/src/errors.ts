/** One field-level problem in a rejected request. */
export interface FieldError {
  /** Dotted path of the field, e.g. `email` or `answers.STR1`. */
  field: string;
  /** Stable machine code, e.g. `required`, `too_short`, `out_of_range`. */
  code: string;
  /** Human-readable message in the caller's language. */
  message: string;
}

/** Shape of every error body the API sends. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  /** Human-readable summary in the caller's language. */
  message: string;
  /** Stable machine code for the error, e.g. `invalid_credentials`. */
  code?: string;
  details?: FieldError[];
  /** For lock-outs and rate limits: when to try again (ISO-8601). */
  retryAt?: string;
  /** An intake link that was sent but no longer works: how to reach the practice. */
  practice?: { name: string; phone: string | null; email: string | null };
}

import { textRule } from './text-rule';

// The API's IsEmail wants a dot in the domain; Angular's own check does not,
// so "naam@praktijk" would pass here and fail there.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** `{ email: true }` for an address the API would refuse; empty passes. */
export const emailValidator = textRule('email', (value) => EMAIL.test(value));

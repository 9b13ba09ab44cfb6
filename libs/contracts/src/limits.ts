/**
 * Field limits, shared by the api's validation and the web's forms so that a
 * form refuses exactly what the api would refuse.
 */

/** An email address (RFC 5321). */
export const EMAIL_MAX_LENGTH = 254;
/** A password as typed; long enough for any pass phrase, short enough for hashing. */
export const PASSWORD_MAX_LENGTH = 1024;
/** A token from a link (intake, invitation, password reset, portal). */
export const LINK_TOKEN_MAX_LENGTH = 200;
/** A six-digit authenticator code, with room for spaces. */
export const MFA_CODE_MAX_LENGTH = 12;
/** A two-step recovery code, with room for dashes and spaces. */
export const RECOVERY_CODE_MAX_LENGTH = 40;
/** A person's first or last name, display name, profession or registration. */
export const NAME_MAX_LENGTH = 100;
/** A search box. */
export const SEARCH_MAX_LENGTH = 100;
/** A short free-text field: pain location, referral source, a street. */
export const SHORT_TEXT_MAX_LENGTH = 200;
/** A client's phone number. */
export const PHONE_MAX_LENGTH = 40;
/** A client tag. */
export const TAG_MAX_LENGTH = 40;
/** A remark: a red-flag note, a report's closing words. */
export const REMARK_MAX_LENGTH = 2000;
/** A goal's description. */
export const GOAL_DESCRIPTION_MAX_LENGTH = 500;
/** A session note's text. */
export const NOTE_TEXT_MAX_LENGTH = 20000;
/** A session note's next steps. */
export const NEXT_STEPS_MAX_LENGTH = 4000;
/** One homework item in a session note. */
export const HOMEWORK_TEXT_MAX_LENGTH = 1000;
/** An addendum to a signed note. */
export const ADDENDUM_MAX_LENGTH = 10000;
/** An appointment's location. */
export const APPOINTMENT_LOCATION_MAX_LENGTH = 500;
/** An appointment's note. */
export const APPOINTMENT_NOTE_MAX_LENGTH = 1000;
/** The longest message a client or practitioner may send. */
export const MESSAGE_MAX_LENGTH = 4000;
/** A practice's name. */
export const PRACTICE_NAME_MAX_LENGTH = 120;
/** A practice's city. */
export const CITY_MAX_LENGTH = 100;
/** A Dutch postal code, with room for a space. */
export const POSTAL_CODE_MAX_LENGTH = 10;
/** A practice's phone number. */
export const PRACTICE_PHONE_MAX_LENGTH = 30;
/** A web address (website, privacy statement). */
export const URL_MAX_LENGTH = 300;
/** A KvK or AGB number. */
export const REGISTRY_NUMBER_MAX_LENGTH = 20;

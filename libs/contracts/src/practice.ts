/** The practice's postal address; each part may be left empty. */
export interface PracticeAddress {
  street: string | null;
  /** Dutch postal code, answered as "1234 AB" whatever way it was typed. */
  postalCode: string | null;
  city: string | null;
}

/**
 * Body of `PUT /api/practice/profile` (owner only): the practice as it
 * appears on every report and in every mail. Empty optional fields are null.
 */
export interface PracticeProfileRequest {
  name: string;
  address: PracticeAddress;
  phone: string | null;
  email: string | null;
  /** An https address; one typed without a scheme gets https:// in front. */
  website: string | null;
  /** Chamber of Commerce (KvK) number: 8 digits. */
  kvk: string | null;
  /** AGB code: 8 digits. */
  agb: string | null;
  /** The closing text of a report when the practitioner wrote none. */
  reportClosing: string | null;
  /** Where the practice publishes its privacy statement (https); linked from the intake. */
  privacyStatementUrl?: string | null;
}

/** The practice's logo, as stored after re-encoding (PNG). */
export interface PracticeLogoInfo {
  width: number;
  height: number;
  /** ISO-8601; also a cache key for the image's address. */
  updatedAt: string;
}

/** Answer of `GET` and `PUT /api/practice/profile`: readable by everyone of the practice. */
export interface PracticeProfile extends PracticeProfileRequest {
  privacyStatementUrl: string | null;
  logo: PracticeLogoInfo | null;
}

/** How the practice can be reached, shown to a client on a link that no longer works. */
export interface PracticeContact {
  name: string;
  phone: string | null;
  email: string | null;
}

/** The logo upload takes these types only (never SVG: it may carry script). */
export const LOGO_TYPES = ['image/png', 'image/jpeg'] as const;
/** Largest logo upload, in bytes. */
export const LOGO_MAX_BYTES = 1024 * 1024;

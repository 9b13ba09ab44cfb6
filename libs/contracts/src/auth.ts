/** Roles a practitioner can hold within a practice. */
export type PractitionerRole = 'owner' | 'practitioner';

/** Language of the user interface and of texts sent to clients. */
export type Language = 'nl' | 'en';

/** Body of `POST /api/auth/login`. */
export interface LoginRequest {
  email: string;
  password: string;
}

/** The signed-in practitioner, as answered by `GET /api/auth/me` and login. */
export interface CurrentUser {
  practitioner: {
    id: string;
    email: string;
    displayName: string;
    role: PractitionerRole;
    language: Language;
  };
  practice: {
    id: string;
    name: string;
  };
}

/** Body of `PATCH /api/auth/me/preferences`. */
export interface UpdatePreferencesRequest {
  language?: Language;
}

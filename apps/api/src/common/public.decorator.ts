import { SetMetadata } from '@nestjs/common';

export const PUBLIC_ROUTE = 'hk:public';

/** Marks a route that answers without a practitioner's session (health, login, intake). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

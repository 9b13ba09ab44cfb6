import { Injectable } from '@nestjs/common';

/**
 * The moment a check-in is saved, in one place: which week and which day
 * it belongs to follow from it (in Amsterdam). Tests move it across week
 * and summer-time boundaries.
 */
@Injectable()
export class CheckInClock {
  now(): Date {
    return new Date();
  }
}

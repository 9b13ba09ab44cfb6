import { ChangeDetectionStrategy, Component } from '@angular/core';

/** A route target for tests that only care about where the router went. */
@Component({
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Blank {}

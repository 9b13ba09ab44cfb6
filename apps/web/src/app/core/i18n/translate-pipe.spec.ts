import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { I18n } from './i18n';
import { TranslatePipe } from './translate-pipe';

@Component({
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p>{{ 'today.greeting.morning' | t: { name: 'Sanne' } }}</p>`,
})
class Greeting {}

describe('TranslatePipe', () => {
  beforeEach(() => localStorage.clear());

  it('renders the text with its params and follows a language switch', async () => {
    const fixture = TestBed.createComponent(Greeting);
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toBe('Goedemorgen, Sanne');

    await TestBed.inject(I18n).use('en');
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toBe('Good morning, Sanne');
  });
});

import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { DateInput } from './date-input';

@Component({
  imports: [ReactiveFormsModule, DateInput],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<input hkDateInput [formControl]="date" />`,
})
class Host {
  readonly date = new FormControl('', { nonNullable: true });
}

describe('DateInput', () => {
  function setup() {
    localStorage.clear();
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const input = fixture.nativeElement.querySelector(
      'input',
    ) as HTMLInputElement;
    const type = (text: string) => {
      for (const char of text) {
        input.value += char;
        input.dispatchEvent(
          new InputEvent('input', { inputType: 'insertText', data: char }),
        );
      }
    };
    return { fixture, input, type, control: fixture.componentInstance.date };
  }

  it('adds the dashes while typing digits', () => {
    const { type, control } = setup();
    type('23041978');
    expect(control.value).toBe('23-04-1978');
  });

  it('does not double a dash the user types as well', () => {
    const { type, control } = setup();
    type('23-4-1978');
    expect(control.value).toBe('23-4-1978');
  });

  it('lets a year typed first through, so 1990-05-12 reads as typed', () => {
    const { type, control } = setup();
    type('1990-05-12');
    expect(control.value).toBe('1990-05-12');
  });

  it('tidies a readable date on blur and shows the pattern', () => {
    const { input, control } = setup();
    expect(input.placeholder).toBe('dd-mm-jjjj');
    input.value = '3/4/1978';
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    expect(control.value).toBe('03-04-1978');
  });
});

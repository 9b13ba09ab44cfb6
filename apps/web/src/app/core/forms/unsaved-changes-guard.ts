import { inject } from '@angular/core';
import type { CanDeactivateFn } from '@angular/router';
import { Confirm } from '../../ui/confirm-dialog/confirm';
import { I18n } from '../i18n/i18n';

/** A page that can hold typed work that is not saved yet. */
export interface HasUnsavedChanges {
  hasUnsavedChanges(): boolean;
}

/** Asks before leaving a page with unsaved changes; typed work is precious. */
export const unsavedChangesGuard: CanDeactivateFn<HasUnsavedChanges> = (
  component,
) => {
  if (!component.hasUnsavedChanges()) return true;
  const i18n = inject(I18n);
  return inject(Confirm).ask({
    title: i18n.t('unsaved.title'),
    body: i18n.t('unsaved.body'),
    confirm: i18n.t('unsaved.leave'),
    cancel: i18n.t('unsaved.stay'),
    destructive: true,
  });
};

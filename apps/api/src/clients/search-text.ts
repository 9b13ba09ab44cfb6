import { nameSortKey } from '@herstelkompas/domain';
import { foldText } from '../common/fold-text';

export function searchTextFor(client: {
  firstName: string;
  lastName: string;
  email: string;
}): string {
  return foldText(`${client.firstName} ${client.lastName} ${client.email}`);
}

export function sortNameFor(client: {
  firstName: string;
  lastName: string;
}): string {
  return foldText(nameSortKey(client));
}

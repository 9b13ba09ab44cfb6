import type { ClientStatus } from '@herstelkompas/contracts';
import type { DataSource } from 'typeorm';
import { ClientShare } from '../clients/client-share.entity';
import { Client } from '../clients/client.entity';
import { searchTextFor, sortNameFor } from '../clients/search-text';

interface DemoClient {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  status: ClientStatus;
  /** 'owner' or 'colleague': who is responsible. */
  by: 'owner' | 'colleague';
  painLocation: string;
  painDuration: string;
  tags: string[];
  referralSource?: string;
  gp?: { name: string; practice: string };
  daysSinceActivity: number;
}

/** A dozen varied clients; fixed data so every demo looks the same. */
export const DEMO_CLIENTS: DemoClient[] = [
  {
    firstName: 'Jan',
    lastName: 'van der Berg',
    dateOfBirth: '1971-03-14',
    status: 'active',
    by: 'owner',
    painLocation: 'onderrug',
    painDuration: '3 jaar',
    tags: ['werk'],
    referralSource: 'huisarts',
    gp: { name: 'Dr. A. Smit', practice: 'Huisartsenpraktijk De Linde' },
    daysSinceActivity: 2,
  },
  {
    firstName: 'Fatima',
    lastName: 'El Amrani',
    dateOfBirth: '1985-09-02',
    status: 'active',
    by: 'owner',
    painLocation: 'onderrug en bil links',
    painDuration: '18 maanden',
    tags: ['slaap'],
    referralSource: 'huisarts',
    gp: { name: 'Dr. M. Bakker', practice: 'Gezondheidscentrum Oost' },
    daysSinceActivity: 5,
  },
  {
    firstName: 'José',
    lastName: 'Müller',
    dateOfBirth: '1990-12-30',
    status: 'intake_pending',
    by: 'owner',
    painLocation: 'onderrug',
    painDuration: '1 jaar',
    tags: [],
    daysSinceActivity: 1,
  },
  {
    firstName: 'Annelies',
    lastName: 'de Vries',
    dateOfBirth: '1964-06-21',
    status: 'active',
    by: 'colleague',
    painLocation: 'hele rug',
    painDuration: '8 jaar',
    tags: ['stress'],
    referralSource: 'fysiotherapeut',
    daysSinceActivity: 9,
  },
  {
    firstName: 'Mehmet',
    lastName: 'Yılmaz',
    dateOfBirth: '1979-01-08',
    status: 'paused',
    by: 'colleague',
    painLocation: 'onderrug',
    painDuration: '2 jaar',
    tags: ['werk'],
    daysSinceActivity: 40,
  },
  {
    firstName: 'Sophie',
    lastName: "in 't Veld",
    dateOfBirth: '1996-04-17',
    status: 'active',
    by: 'owner',
    painLocation: 'bovenrug en nek',
    painDuration: '6 maanden',
    tags: ['sport'],
    daysSinceActivity: 3,
  },
  {
    firstName: 'Kees',
    lastName: 'Jansen',
    dateOfBirth: '1958-11-03',
    status: 'completed',
    by: 'owner',
    painLocation: 'onderrug',
    painDuration: '10 jaar',
    tags: [],
    daysSinceActivity: 75,
  },
  {
    firstName: 'Noor',
    lastName: 'Bakker',
    dateOfBirth: '1988-07-25',
    status: 'intake_pending',
    by: 'colleague',
    painLocation: 'onderrug, straalt uit naar been',
    painDuration: '4 maanden',
    tags: [],
    referralSource: 'website',
    daysSinceActivity: 0,
  },
  {
    firstName: 'Pieter',
    lastName: 'de Jong',
    dateOfBirth: '1975-02-11',
    status: 'active',
    by: 'colleague',
    painLocation: 'onderrug',
    painDuration: '5 jaar',
    tags: ['stress', 'werk'],
    daysSinceActivity: 12,
  },
  {
    firstName: 'Lotte',
    lastName: 'Visser',
    dateOfBirth: '1993-10-09',
    status: 'active',
    by: 'owner',
    painLocation: 'onderrug',
    painDuration: '2 jaar',
    tags: ['zwangerschap'],
    daysSinceActivity: 6,
  },
  {
    firstName: 'Hendrik',
    lastName: 'van den Broek',
    dateOfBirth: '1949-05-30',
    status: 'archived',
    by: 'owner',
    painLocation: 'onderrug',
    painDuration: '20 jaar',
    tags: [],
    daysSinceActivity: 200,
  },
  {
    firstName: 'Aïcha',
    lastName: 'Boukhari',
    dateOfBirth: '2001-08-19',
    status: 'active',
    by: 'colleague',
    painLocation: 'onderrug',
    painDuration: '1 jaar',
    tags: ['sport'],
    daysSinceActivity: 4,
  },
];

export async function seedDemoClients(
  dataSource: DataSource,
  practiceId: string,
  people: { owner: string; colleague: string },
  now = new Date(),
): Promise<Client[]> {
  const repo = dataSource.getRepository(Client);
  const saved: Client[] = [];
  for (const c of DEMO_CLIENTS) {
    const email =
      `${c.firstName}.${c.lastName}`
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z.]/g, '') + '@voorbeeld.nl';
    saved.push(
      await repo.save(
        repo.create({
          practiceId,
          responsiblePractitionerId: people[c.by],
          firstName: c.firstName,
          lastName: c.lastName,
          dateOfBirth: c.dateOfBirth,
          email,
          status: c.status,
          painLocation: c.painLocation,
          painDuration: c.painDuration,
          tags: c.tags,
          referralSource: c.referralSource ?? null,
          gp: c.gp ? { ...c.gp, phone: null, email: null } : null,
          legalBasis: 'explicit_consent',
          sortName: sortNameFor(c),
          searchText: searchTextFor({ ...c, email }),
          lastActivityAt: new Date(
            now.getTime() - c.daysSinceActivity * 86_400_000,
          ),
        }),
      ),
    );
  }
  // The owner sees everything anyway; share one of the owner's clients with the colleague.
  const shared = saved.find((c) => c.firstName === 'Fatima') as Client;
  await dataSource.getRepository(ClientShare).insert({
    clientId: shared.id,
    practitionerId: people.colleague,
    practiceId,
  });
  return saved;
}

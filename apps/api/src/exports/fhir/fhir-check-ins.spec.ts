import type { Patient } from 'fhir/r4';
import { sampleCheckIn } from '../../../test/support/sample-record';
import type { ClientRecordData } from '../client-record';
import {
  CHECK_IN_QUESTIONNAIRE,
  checkInResponses,
  SELF_REPORTED_TAG,
} from './fhir-check-ins';

const row = sampleCheckIn;

describe('check-ins in the FHIR bundle', () => {
  const patient = {
    resourceType: 'Patient',
    id: 'c-1',
    name: [{ text: 'Jan' }],
  } as Patient;

  it('gives each sent check-in its own self-reported response, never a draft', () => {
    const data = {
      checkIns: [
        row({}),
        row({ id: 'k-2', status: 'draft', submittedAt: null }),
      ],
    } as unknown as ClientRecordData;
    const out = checkInResponses(data, patient);
    expect(out.map((o) => o.checkInId)).toEqual(['k-1']);
    const response = out[0]?.response;
    expect(response?.questionnaire).toBe(`${CHECK_IN_QUESTIONNAIRE}|1`);
    expect(response?.meta?.tag).toEqual([SELF_REPORTED_TAG]);
    expect(response?.author).toEqual(response?.source);
    expect(response?.item?.map((i) => i.linkId)).toEqual([
      'painNow',
      'stress',
      'breathing',
      'movement',
      'nutrition',
      'sleep',
      'immune',
      'movementSafety',
      'note',
    ]);
    expect(response?.item?.[0]?.answer).toEqual([{ valueInteger: 4 }]);
  });
});

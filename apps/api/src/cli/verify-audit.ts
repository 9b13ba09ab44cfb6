import { verifyAuditChain } from '../audit/verify-chain';
import { withCliDatabase } from './with-database';

export const VERIFY_AUDIT_USAGE = `  npm run cli -- verify-audit

    Checks the access log's hash chains (8 per practice). Exit 0 with
    "N entries verified, chain intact", or exit 1 naming the first line that
    was changed, removed or relinked.`;

export function verifyAuditCommand(): Promise<number> {
  return withCliDatabase(async ({ dataSource }) => {
    const report = await verifyAuditChain(dataSource);
    if (!report.broken) {
      console.log(`${report.entries} entries verified, chain intact`);
      return 0;
    }
    const b = report.broken;
    console.error(
      `Access log chain broken at entry ${b.id} (practice ${b.practiceId}, chain ${b.chainNo}, position ${b.chainSeq}): ${REASONS[b.reason]}. ` +
        `${report.entries} entries before it verified.`,
    );
    return 1;
  });
}

const REASONS = {
  content_changed: 'its content no longer matches its hash',
  link_broken: 'it does not point to the line before it',
  line_missing: 'the line before it is missing',
} as const;

import type { CycleReport } from '../pipeline/cycle-report.ts';
import type { DeliveryOutcome } from './delivery-outcome.ts';

/**
 * A cycle's outcome for a human: feeds, what was posted, and why everything else was not.
 * `delivery`: what really went out (with Discord, the cycle only queued its posts).
 */
export function formatCycleReport(report: CycleReport, delivery?: DeliveryOutcome): string {
  const lines = [`Cycle ${report.startedAt} → ${report.finishedAt}`, 'Feeds:'];
  for (const feed of report.feeds) {
    lines.push(`  ${feed.name}: ${feed.outcome}${feed.items ? `, ${feed.items} items` : ''}${feed.error ? ` (${feed.error})` : ''}`);
  }
  const queued = report.decisions.filter((d) => d.kind === 'queued');
  const skipped = report.decisions.filter((d) => d.kind !== 'queued');
  lines.push(`${postedLine(report, delivery)} (${queued.length} queued this cycle; outbox now ${report.outboxSize}${report.publishFailures ? `, ${report.publishFailures} failed attempts` : ''})`);
  for (const d of queued) lines.push(`  ✓ ${d.title}  [${d.topic}, score ${d.score}]`);
  const counts = report.decisionCounts;
  const skippedTotal = counts['same-story'] + counts.baseline + counts.duplicate + counts['too-old'] + counts['off-topic'];
  lines.push(
    `Not posted: ${skippedTotal} (same story ${counts['same-story']}, baseline ${counts.baseline}, duplicate ${counts.duplicate}, too old ${counts['too-old']}, off-topic ${counts['off-topic']})`,
  );
  if (skipped.length < skippedTotal) lines.push(`  (the first ${skipped.length} listed)`);
  for (const d of skipped) lines.push(`  ✗ ${d.title}  — ${d.kind}: ${d.reason}`);
  return `${lines.join('\n')}\n`;
}

function postedLine(report: CycleReport, delivery: DeliveryOutcome | undefined): string {
  if (delivery === undefined) return `Posted: ${report.published}`;
  const retry = delivery.retrying > 0 ? `, queued for retry: ${delivery.retrying}${delivery.lastError ? ` (${delivery.lastError})` : ''}` : '';
  const paced = delivery.paced > 0 ? `, waiting their turn: ${delivery.paced}` : '';
  return `Posted: ${delivery.sent}${retry}${paced}`;
}

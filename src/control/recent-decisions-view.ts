// What /preview reads of the decisions the cycles keep: the pipeline owns the entry and how it
// is read (a corrupt one is none), Discord takes it from here, as it takes the outbox (outbox-view.ts).
export { readRecentDecisions, type RecentDecision } from '../pipeline/recent-decisions.ts';

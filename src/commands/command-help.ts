// What `newshound <command> --help` adds under the usage line: each option and, where a command
// has its own, its exit codes. Commands not listed show their usage and summary only.

const CONFIG = '  --config FILE     the config file (default config/newshound.json; env overrides apply)';
const WAIT = '  --wait            wait for another newshound holding the state to stop, instead of refusing';

export const COMMAND_DETAILS: Record<string, string> = {
  start: [
    CONFIG,
    '  --heartbeat FILE  where the heartbeat and health record go (default beside the state: <state>.heartbeat.json)',
    WAIT,
    '',
    'Logs (JSON, stderr) where state lives and where posts go; serves /metrics and /healthz when',
    'metrics.port is set. SIGTERM/SIGINT stop it after the cycle in flight.',
  ].join('\n'),
  once: [CONFIG, WAIT, '', 'exit 0 done; 1 could not run (config, state); 3 the cycle failed or every feed it polled failed; 4 posts could not be delivered (they wait for the next run)'].join('\n'),
  status: [CONFIG, '  --heartbeat FILE  the worker\'s heartbeat to judge (default the configured state\'s)'].join('\n'),
  health: [
    '  --config FILE            the config file: the heartbeat is its state\'s (default config/newshound.json; env overrides apply)',
    '  --file FILE              this heartbeat instead (as given to start --heartbeat)',
    '  --liveness               only check that the heartbeat is fresh',
    '  --max-age-seconds N      a heartbeat older than this is stale (default 60)',
    '  --intervals N            unhealthy when no cycle completed, or every Discord send failed, for N schedule intervals (default 3)',
    '  --failed-cycles N        unhealthy after N cycles in a row failed, or polled only failing feeds (default 3)',
    '  --write-failures N       unhealthy after N writes in a row failed for want of disk (default 3)',
    '',
    'exit 0 healthy; 1 unhealthy, one "unhealthy:" line per reason on stderr',
  ].join('\n'),
  stories: CONFIG,
  feeds: [
    '  export [--out FILE]      the feeds the next cycle polls as OPML 2.0, to stdout or FILE',
    '  import FILE.opml         add the file\'s feeds (folders too) beside those added with /feeds add;',
    '                           duplicates, non-http(s) and private-address URLs are skipped, one line each',
    CONFIG,
    WAIT,
    '',
    'exit 0 done (skips included); 1 a file that is not OPML, a bad config, a state in use; 2 bad arguments',
  ].join('\n'),
};

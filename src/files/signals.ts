// Ctrl+C, a closed terminal or `kill` during a write. Node runs a signal's listeners only between
// pieces of synchronous work, and every write here is synchronous; so while a listener is
// installed, a signal that arrives mid-write waits until the set of files is wholly in place (or
// wholly removed) instead of killing the process with temporaries half-written. The listener then
// gives the signal back to the default action, so the process still ends as the user asked, with
// the status a shell expects (130 for Ctrl+C). Only kill -9 cannot wait; what it leaves, the next
// write into that folder sweeps (sweep.ts).

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let installed = false;

function passOn(signal: NodeJS.Signals): void {
  for (const name of SIGNALS) process.removeListener(name, passOn);
  installed = false;
  process.kill(process.pid, signal);
}

/**
 * Runs `write` with termination signals held until it has finished. The listener stays installed
 * afterwards: removing it at once could drop a signal that arrived during the write and has not
 * yet been delivered. Writes come last in every command, so no long work follows that a held
 * signal would delay.
 */
export function holdSignals<T>(write: () => T): T {
  if (!installed) {
    installed = true;
    for (const name of SIGNALS) process.on(name, passOn);
  }
  return write();
}

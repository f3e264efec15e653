// A refusal at start (a wrong configuration, a data directory another process holds) is for whoever runs the
// command: one French sentence and a non-zero exit code, not a stack trace.
import { ConfigError } from '../../src/lib/server/config.ts';
import { isDataDirLockedError } from '../../src/lib/server/db/data-dir-lock.ts';

/** Stops the process with the refusal's sentence; anything else is a bug and is thrown again. */
export function stopOnStartError(error: unknown): never {
	if (error instanceof ConfigError) {
		console.error(`Configuration invalide : ${error.message}`);
		process.exit(1);
	}
	if (isDataDirLockedError(error)) {
		console.error(error.message);
		process.exit(1);
	}
	throw error;
}

// Finds a Debian package's program, installing the package with apt-get when it is missing.
// Only Debian's archive is used: never a binary downloaded from elsewhere.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function isRoot(): boolean {
	return typeof process.getuid === 'function' && process.getuid() === 0;
}

export function aptInstall(debianPackage: string): void {
	const apt = ['apt-get', 'install', '-y', '--no-install-recommends', debianPackage];
	const run = (cmd: string[]) =>
		execFileSync(isRoot() ? cmd[0] : 'sudo', isRoot() ? cmd.slice(1) : cmd, {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		});
	console.log(`Installation du paquet Debian « ${debianPackage} »…`);
	try {
		run(apt);
	} catch {
		run(['apt-get', 'update']);
		run(apt);
	}
}

export function firstExisting(paths: string[]): string | undefined {
	return paths.find((p) => existsSync(p));
}

// Setup with the demo network: a realistic French neighbourhood (demo/). Its people, skills and posts are written
// in the setup's transaction; then its life (groups, venues, events, introductions, exchanges, messages) goes
// through the domain functions, as the people themselves would have done it (demo/demo-activity.ts), so what the
// pages show is true. That second step runs after the setup is committed: the domain functions use their own
// transactions. Should it fail, the error is shown and the setup stays done, with a quieter demo network.
import { demoNetwork } from './demo/demo-content.ts';
import { fillDemoActivity } from './demo/demo-activity.ts';
import { fillDemoNetwork, type DemoPeople } from './demo/fill-demo-network.ts';
import { setUpInstance, type FirstCoordinator } from './set-up-instance.ts';

export async function setUpWithDemoNetwork(coordinator: FirstCoordinator) {
	let people: DemoPeople | undefined;
	const ids = await setUpInstance(demoNetwork, coordinator, async (tx, ids) => {
		people = await fillDemoNetwork(tx, ids);
	});
	await fillDemoActivity({ ...ids, people: people! });
	return ids;
}

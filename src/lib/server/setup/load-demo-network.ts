// Setup with the demo network: a realistic French neighbourhood (demo/), written in the setup's transaction.
import { demoNetwork } from './demo/demo-content.ts';
import { fillDemoNetwork } from './demo/fill-demo-network.ts';
import { setUpInstance, type FirstCoordinator } from './set-up-instance.ts';

export function setUpWithDemoNetwork(coordinator: FirstCoordinator) {
	return setUpInstance(demoNetwork, coordinator, fillDemoNetwork);
}

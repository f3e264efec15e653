// Setup with the demo network: a realistic French neighbourhood built by the same factories as the tests.
import { demoNetwork, fillDemoNetwork } from '../../../../tests/factories.ts';
import { setUpInstance, type FirstCoordinator } from './set-up-instance.ts';

export function setUpWithDemoNetwork(coordinator: FirstCoordinator) {
	return setUpInstance(demoNetwork, coordinator, fillDemoNetwork);
}

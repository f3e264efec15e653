// The demo network's tool library (issue 15, decision 030): the drill lent to one member and held by another,
// the projector under repair, the sewing machine free — through the domain functions, as the desk would do it.
import type { Actor } from '../../auth/policies.ts';
import { lendItem } from '../../library/lend-item.ts';
import { placeHold } from '../../library/place-hold.ts';
import { startRepair } from '../../library/repair-item.ts';

export async function fillDemoLibrary(options: {
	networkId: string;
	admin: Actor;
	members: Actor[];
	items: { name: string; id: string }[];
}) {
	const { networkId, admin, members } = options;
	const item = (name: string) => options.items.find((i) => i.name === name);
	const drill = item('Perceuse');
	const projector = item('Vidéoprojecteur');
	const [borrower, waiting] = members;
	if (drill && borrower) {
		await lendItem({ actor: admin, networkId, resourceId: drill.id, accountId: borrower.accountId });
		if (waiting) await placeHold({ actor: waiting, networkId, resourceId: drill.id });
	}
	if (projector) {
		await startRepair({ actor: admin, networkId, resourceId: projector.id, note: 'La lampe ne s’allume plus.' });
	}
}

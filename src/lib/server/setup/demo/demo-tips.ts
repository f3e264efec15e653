// The demo network's « bons plans » (issue 16, decision 033): three tips shared by members, one of them public,
// with a few « utile » marks. Written through the tips' own functions with the people's actors, like the rest of
// the demo (demo-activity.ts): `fillDemoTips({ networkId, members })` with at least three members.
import type { Actor } from '../../auth/policies.ts';
import { now } from '../../clock.ts';
import { createTip } from '../../tips/create-tip.ts';
import { setTipUseful } from '../../tips/mark-useful.ts';
import { addParisDays, parisDate } from '../../../paris-time.ts';

export async function fillDemoTips(options: { networkId: string; members: Actor[] }) {
	const { networkId } = options;
	const [first, second, third] = options.members;
	const workshops = await createTip({
		actor: first,
		networkId,
		title: 'Ateliers numériques gratuits à la médiathèque',
		body: 'Tous les mardis à 14 h : se servir d’un ordinateur, envoyer un e-mail, faire ses démarches en ligne. Gratuit, sans inscription.',
		theme: 'digital',
		link: 'https://www.nanterre.fr/',
		place: 'Médiathèque du Petit-Nanterre',
		startsOn: null,
		endsOn: null,
		isPublic: true
	});
	await createTip({
		actor: second,
		networkId,
		title: 'Épicerie solidaire : paniers à petit prix le jeudi',
		body: 'Sur simple rendez-vous avec l’assistante sociale du quartier. Légumes, produits frais et d’hygiène.',
		theme: 'food',
		link: null,
		place: 'Centre social, rue des Muguets',
		startsOn: null,
		endsOn: null,
		isPublic: false
	});
	const festival = await createTip({
		actor: third,
		networkId,
		title: 'Concerts gratuits au parc pendant les vacances',
		body: 'Venez en famille, les enfants sont les bienvenus.',
		theme: 'free_outings',
		link: null,
		place: 'Parc du Chemin de l’Île',
		startsOn: parisDate(addParisDays(now(), 5)),
		endsOn: parisDate(addParisDays(now(), 12)),
		isPublic: true
	});
	for (const actor of [second, third]) await setTipUseful({ actor, networkId, tipId: workshops.id, useful: true });
	await setTipUseful({ actor: first, networkId, tipId: festival.id, useful: true });
}

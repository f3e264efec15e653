// The security property of outside mentoring (decision 036): a mentor has an account but no membership, so every
// page and file of the network refuses them — members, posts, profiles, search, groups, events, the agenda,
// calendar files, messages, the space, tips, partners, childcare, the job circle, notifications, exchanges — as
// the session hook really gives them (no current network), and even if a network were forced on the request.
// The only mentoring data they reach is the requests that fit their skills and their own pairs.
import { describe, expect, it } from 'vitest';
import { createGroupIn, createPost, createVenueIn, eventContent } from '../../../tests/factories.ts';
import { mentoringWorld } from '../../../tests/mentoring-world.ts';
import type { Actor } from '#lib/server/auth/policies.ts';
import { createEvent } from '#lib/server/events/create-event.ts';
import { mentorHome } from '#lib/server/mentoring/mentor-home.ts';
import { startConversation } from '#lib/server/messages/start-conversation.ts';
import { askForMentor } from '#lib/server/mentoring/requests.ts';
import * as home from '../+page.server.ts';
import * as posts from '../annonces/+page.server.ts';
import * as post from '../annonces/[id]/+page.server.ts';
import * as newPost from '../annonces/nouvelle/+page.server.ts';
import * as tips from '../bons-plans/+page.server.ts';
import * as feed from '../calendrier/[fichier]/+server.ts';
import * as agendaSettings from '../compte/agenda/+page.server.ts';
import * as exchanges from '../echanges/+page.server.ts';
import * as jobCircle from '../entraide/emploi/+page.server.ts';
import * as childcare from '../entraide/garde/+page.server.ts';
import * as space from '../espace/+page.server.ts';
import * as library from '../espace/objets/+page.server.ts';
import * as events from '../evenements/+page.server.ts';
import * as eventPage from '../evenements/[id]/+page.server.ts';
import * as eventFile from '../evenements/[id]/calendrier.ics/+server.ts';
import * as groups from '../groupes/+page.server.ts';
import * as groupPage from '../groupes/[id]/+page.server.ts';
import * as venue from '../lieux/[id]/+page.server.ts';
import * as memberPage from '../membres/[id]/+page.server.ts';
import * as memberPhoto from '../membres/[id]/photo/+server.ts';
import * as myPosts from '../mes-annonces/+page.server.ts';
import * as conversations from '../messages/+page.server.ts';
import * as conversation from '../messages/[id]/+page.server.ts';
import * as notifications from '../notifications/+page.server.ts';
import * as partners from '../partenaires/+page.server.ts';
import * as profile from '../profil/+page.server.ts';
import * as search from '../recherche/+page.server.ts';
import * as skills from '../savoirs/+page.server.ts';
import * as coordinationMembers from '../coordination/membres/+page.server.ts';

type Handler = (event: never) => unknown;

function event(actor: Actor, networkId: string | null, path: string, params: Record<string, string> = {}) {
	const url = new URL(`https://entrelien.example${path}`);
	return {
		locals: { actor, network: networkId ? { id: networkId, name: 'Réseau' } : null, suspendedNetworks: [] },
		params,
		url,
		route: { id: path },
		request: new Request(url),
		cookies: { get: () => undefined, set: () => {}, delete: () => {}, getAll: () => [] },
		setHeaders: () => {},
		depends: () => {},
		parent: async () => ({}),
		getClientAddress: () => '127.0.0.1'
	} as never;
}

/** The status a page or file answers (200 when it returned), and what it sent. */
async function answer(handler: Handler, e: never) {
	try {
		const data = await handler(e);
		const body = data instanceof Response ? await data.text() : JSON.stringify(data ?? null);
		return { status: data instanceof Response ? data.status : 200, body };
	} catch (error) {
		const status = (error as { status?: number }).status;
		if (!status) throw error;
		return { status, body: JSON.stringify(error) };
	}
}

describe('a mentor, who has no membership', () => {
	it('is refused every page and file of the network, whatever network the request names', async () => {
		const world = await mentoringWorld();
		const { network, coordinator, member, mentor } = world;
		const where = { actor: coordinator.actor, networkId: network.id };
		const secretPost = await createPost(network.id, member.id, { title: 'Annonce secrète du quartier' });
		const group = await createGroupIn(network.id, { name: 'Groupe secret des voisins' });
		const place = await createVenueIn(network.id);
		const meeting = await createEvent({
			...where,
			input: eventContent(place.id, { title: 'Atelier secret du samedi' })
		});
		const chat = await startConversation({
			actor: member.actor,
			networkId: network.id,
			accountIds: [coordinator.id],
			body: 'Message secret entre voisins'
		});
		const pages: [string, Handler, string, Record<string, string>?][] = [
			['posts', posts.load, '/annonces'],
			['a post', post.load, `/annonces/${secretPost.id}`, { id: secretPost.id }],
			['a new post', newPost.load, '/annonces/nouvelle'],
			['my posts', myPosts.load, '/mes-annonces'],
			['a member', memberPage.load, `/membres/${member.id}`, { id: member.id }],
			['a photo', memberPhoto.GET, `/membres/${member.id}/photo`, { id: member.id }],
			['the members (coordination)', coordinationMembers.load, '/coordination/membres'],
			['my profile', profile.load, '/profil'],
			['search', search.load, '/recherche?q=a'],
			['skills', skills.load, '/savoirs'],
			['groups', groups.load, '/groupes'],
			['a group', groupPage.load, `/groupes/${group.id}`, { id: group.id }],
			['events', events.load, '/evenements'],
			['an event', eventPage.load, `/evenements/${meeting.id}`, { id: meeting.id }],
			['an event file', eventFile.GET, `/evenements/${meeting.id}/calendrier.ics`, { id: meeting.id }],
			['a venue', venue.load, `/lieux/${place.id}`, { id: place.id }],
			['the agenda feed settings', agendaSettings.load, '/compte/agenda'],
			['a calendar feed', feed.GET, '/calendrier/abc.ics', { fichier: 'abc.ics' }],
			['messages', conversations.load, '/messages'],
			['space', space.load, '/espace'],
			['library', library.load, '/espace/objets'],
			['tips', tips.load, '/bons-plans'],
			['partners', partners.load, '/partenaires'],
			['childcare', childcare.load, '/entraide/garde'],
			['job circle', jobCircle.load, '/entraide/emploi'],
			['exchanges', exchanges.load, '/echanges'],
			['notifications', notifications.load, '/notifications'],
			['a conversation', conversation.load, `/messages/${chat}`, { id: chat }]
		];
		// The same pages open for a member: the refusals below are the mentor's, not a broken test request.
		for (const [handler, path, params, secret] of [
			[post.load, `/annonces/${secretPost.id}`, { id: secretPost.id }, secretPost.title],
			[eventPage.load, `/evenements/${meeting.id}`, { id: meeting.id }, 'Atelier secret'],
			[conversation.load, `/messages/${chat}`, { id: chat }, 'Message secret']
		] as const) {
			const seen = await answer(handler as Handler, event(member.actor, network.id, path, params));
			expect(seen.status).toBe(200);
			expect(seen.body).toContain(secret);
		}
		const leaks: string[] = [];
		for (const forced of [null, network.id]) {
			for (const [name, handler, path, params] of pages) {
				const { status, body } = await answer(handler, event(mentor.actor, forced, path, params));
				if (status < 400 || status >= 500) leaks.push(`${name} (${forced ? 'forced' : 'none'}): ${status}`);
				for (const secret of [member.name, secretPost.title, 'Groupe secret', 'Atelier secret', 'Message secret']) {
					if (body.includes(secret)) leaks.push(`${name}: ${secret}`);
				}
			}
		}
		expect(leaks).toEqual([]);
		// The home page answers (it must not fail) and shows nothing of the network.
		const front = await answer(home.load, event(mentor.actor, null, '/'));
		expect(front.status).toBe(200);
		for (const secret of [member.name, secretPost.title, group.name]) expect(front.body).not.toContain(secret);
	});

	it('sees the open requests that fit their skills, without who asked, and nothing else', async () => {
		const { mentor, member, network, sewing, request } = await mentoringWorld();
		await askForMentor({
			actor: member.actor,
			networkId: network.id,
			skillId: sewing.id,
			goal: 'Apprendre les ourlets invisibles.',
			format: 'on_site',
			months: 2
		});
		const seen = await mentorHome({ actor: mentor.actor });
		expect(seen.requests.map((r) => r.id)).toEqual([request.id]);
		expect(JSON.stringify(seen)).not.toContain(member.name);
		expect(JSON.stringify(seen)).not.toContain('ourlets invisibles');
	});
});

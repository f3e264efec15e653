// Outside mentoring for tests (decision 036): a network with a coordinator and a member (who asks), skills under
// « Emploi & démarches », and helpers to invite a mentor and follow their emailed link as a new account.
import { desc, eq } from 'drizzle-orm';
import type { Actor } from '../src/lib/server/auth/policies.ts';
import { db } from '../src/lib/server/db/client.ts';
import { emails } from '../src/lib/server/db/schema/index.ts';
import { createMentorAccount } from '../src/lib/server/mentoring/accept-invitation.ts';
import { inviteMentor } from '../src/lib/server/mentoring/invite-mentor.ts';
import { updateMentorProfile } from '../src/lib/server/mentoring/mentor-profile.ts';
import { askForMentor } from '../src/lib/server/mentoring/requests.ts';
import { actorOf, createNetworkWithPeople, createSkill } from './factories.ts';

export const ORIGIN = 'https://entrelien.example';

/** The token of the last invitation emailed to this address (the outbox keeps the body). */
export async function invitationToken(address: string): Promise<string> {
	const [email] = await db()
		.select({ text: emails.textBody })
		.from(emails)
		.where(eq(emails.toAddress, address))
		.orderBy(desc(emails.createdAt))
		.limit(1);
	const token = /\/mentorat\/invitation\/([\w-]+)/.exec(email?.text ?? '')?.[1];
	if (!token) throw new Error(`No invitation to ${address}`);
	return token;
}

/** Invites a mentor, follows the link as a new account and fills the profile: an active mentor. */
export async function activeMentor(
	where: { actor: Actor; networkId: string },
	options: { name?: string; email?: string; skillIds: string[]; hoursPerMonth?: number; partnerId?: string }
) {
	const email = options.email ?? `mentor.${Math.random().toString(36).slice(2)}@parvis.example`;
	await inviteMentor({
		...where,
		name: options.name ?? 'Thomas Mercier',
		email,
		partnerId: options.partnerId ?? '',
		origin: ORIGIN
	});
	const accepted = await createMentorAccount({
		token: await invitationToken(email),
		name: options.name ?? 'Thomas Mercier',
		password: 'un mot de passe solide'
	});
	const actor = await actorOf(accepted.accountId);
	await updateMentorProfile({
		actor,
		mentorId: accepted.mentorId,
		skillIds: options.skillIds,
		hoursPerMonth: options.hoursPerMonth ?? 6,
		format: 'both',
		presentation: 'Analyste dans une banque à La Défense.'
	});
	return { id: accepted.mentorId, accountId: accepted.accountId, actor, email };
}

export async function mentoringWorld() {
	const people = await createNetworkWithPeople();
	const { network, coordinator, member } = people;
	const interview = await createSkill(network.id, 'préparer un entretien en finance', 'Emploi & démarches');
	const cv = await createSkill(network.id, 'rédiger un CV', 'Emploi & démarches');
	const sewing = await createSkill(network.id, 'ourlets', 'Couture');
	const asCoordinator = { actor: coordinator.actor, networkId: network.id };
	const mentor = await activeMentor(asCoordinator, { skillIds: [interview.id] });
	const request = await askForMentor({
		actor: member.actor,
		networkId: network.id,
		skillId: interview.id,
		goal: 'Réussir mon entretien à la banque en janvier.',
		format: 'video',
		months: 3
	});
	return { ...people, interview, cv, sewing, asCoordinator, mentor, request };
}

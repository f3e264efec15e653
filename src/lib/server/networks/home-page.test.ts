// The home page and the waiting page decide by who opens them (moved out of their routes, issue 12).
import { describe, expect, it } from 'vitest';
import { actorOf, createMember, createNetworkWithPeople, createPost } from '../../../../tests/factories.ts';
import { advanceClock } from '../clock.ts';
import { homePage, isWaitingForApproval } from './home-page.ts';
import { navigation } from './navigation.ts';

const none = { suspendedNetworks: [] };
const DAY = 24 * 60 * 60 * 1000;

describe('homePage', () => {
	it('gives an active member their corner, and a coordinator the waiting requests too', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		await createMember(network.id, { status: 'pending' });
		await createPost(network.id, member.id, { kind: 'offer' });
		advanceClock(85 * DAY);
		const mine = await homePage({ actor: member.actor, networkId: network.id, ...none });
		expect(mine).toMatchObject({ coordinator: false, pendingCount: 0, onboardingPending: true, networks: [] });
		expect(mine.expiringPosts).toHaveLength(1);
		const coordinating = await homePage({ actor: coordinator.actor, networkId: network.id, ...none });
		expect(coordinating).toMatchObject({ coordinator: true, pendingCount: 1, expiringPosts: [] });
	});

	it('sends a person waiting for approval to the waiting page, and tells no one else to go there', async () => {
		const { network, member } = await createNetworkWithPeople();
		const waiting = await createMember(network.id, { status: 'pending' });
		const actor = await actorOf(waiting.id);
		await expect(homePage({ actor, networkId: network.id, ...none })).rejects.toMatchObject({
			code: 'membership_pending'
		});
		expect(isWaitingForApproval({ actor, networkId: network.id })).toBe(true);
		expect(isWaitingForApproval({ actor: member.actor, networkId: network.id })).toBe(false);
		expect(() => isWaitingForApproval({ actor: null, networkId: network.id })).toThrow(
			expect.objectContaining({ code: 'not_logged_in' })
		);
	});

	it('shows a visitor without a network the networks to choose from, and a member of another network nothing of it', async () => {
		const { network } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		const visitor = await homePage({ actor: null, networkId: null, ...none });
		expect(visitor.networks.map((n) => n.id)).toContain(network.id);
		expect(visitor).toMatchObject({ coordinator: false, pendingCount: 0, helpers: null });
		const stranger = await homePage({ actor: other.coordinator.actor, networkId: network.id, ...none });
		expect(stranger).toMatchObject({ coordinator: false, pendingCount: 0, expiringPosts: [], networks: [] });
		const suspended = [{ id: network.id, name: network.name }];
		expect(
			(await homePage({ actor: other.member.actor, networkId: null, suspendedNetworks: suspended })).suspendedNetworks
		).toEqual(suspended);
	});
});

describe('navigation', () => {
	it('tells the layout the reader’s place, and counts badges only for active members', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		expect(await navigation({ actor: coordinator.actor, networkId: network.id, unread: null })).toEqual({
			isCoordinator: true,
			isMember: true,
			unreadNotifications: 0,
			unreadMessages: 0
		});
		const counted = { notifications: 3, messages: 2 };
		expect(await navigation({ actor: member.actor, networkId: network.id, unread: counted })).toMatchObject({
			isCoordinator: false,
			unreadNotifications: 3,
			unreadMessages: 2
		});
		expect(await navigation({ actor: other.member.actor, networkId: network.id, unread: counted })).toEqual({
			isCoordinator: false,
			isMember: false,
			unreadNotifications: 0,
			unreadMessages: 0
		});
		expect((await navigation({ actor: null, networkId: null, unread: null })).isMember).toBe(false);
	});
});

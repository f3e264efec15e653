import type { Actor } from '#lib/server/auth/policies.ts';

declare global {
	namespace App {
		interface Locals {
			/** The logged-in person, or null. */
			actor: (Actor & { email: string | null; locale: string }) | null;
			/** The network the page is about (see current-network.ts), or null. */
			network: { id: string; slug: string; name: string; town: string; description: string; joinPolicy: string } | null;
			/** The person's networks that the instance administrator suspended (current-network.ts). */
			suspendedNetworks?: { id: string; name: string }[];
			/** The current network's unread badges when the session hook counted them (GET requests), or null. */
			unread?: { notifications: number; messages: number } | null;
		}
		interface Error {
			message: string;
		}
	}
}

export {};

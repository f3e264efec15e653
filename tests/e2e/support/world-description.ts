// What a journey's world holds before its first page: one network set up with its first coordinator (who also
// administers the instance), its members, and what the journey needs to find already there. Read by
// seed-world.ts, which writes it straight to the database (tests/factories.ts), never through the pages.

/** A person of the world; `email: null` is a member without email (a printed log-in code). */
export type WorldPerson = {
	name: string;
	email: string | null;
	password?: string;
	role?: 'member' | 'coordinator';
	status?: 'active' | 'pending' | 'refused';
};

export type WorldDescription = {
	network: { name: string; town: string; description?: string };
	coordinator: { name: string; email: string; password: string };
	members?: WorldPerson[];
	/** Published posts; `author` is an email of the world, `expiresInDays` overrides the kind's lifetime. */
	posts?: { author: string; title: string; kind: 'offer' | 'request'; themeName: string; expiresInDays?: number }[];
	/** Private messages, in order, between two people of the world (by email): the first opens their conversation. */
	messages?: { from: string; to: string; body: string }[];
};

// The group picture as the browser meets it: a plain multipart form (no JavaScript) on the edit page, and the
// image's address, for members of the network only.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { addGroupMember, createGroupIn, createNetworkWithPeople } from '../../../../../tests/factories.ts';
import type { Actor } from '#lib/server/auth/policies.ts';
import { db } from '#lib/server/db/client.ts';
import { groupPictures } from '#lib/server/db/schema/index.ts';
import { GET } from '../image/+server.ts';
import { actions } from './+page.server.ts';

const jpeg = (size = 64) => Uint8Array.from({ length: size }, (_, i) => [0xff, 0xd8, 0xff, 0xe0][i] ?? i % 251);

function event(options: { actor: Actor | null; networkId: string; groupId: string; body?: FormData }) {
	const url = new URL(`https://entrelien.example/groupes/${options.groupId}/modifier?/picture`);
	return {
		locals: { actor: options.actor, network: options.actor ? { id: options.networkId } : null },
		params: { id: options.groupId },
		url,
		request: new Request(url, { method: 'POST', body: options.body ?? new FormData() })
	} as never;
}

function pictureForm(bytes: Uint8Array, alt = '') {
	const body = new FormData();
	body.set('alt', alt);
	body.set('picture', new File([Uint8Array.from(bytes)], 'image.jpg', { type: 'image/jpeg' }));
	return body;
}

describe('the group picture form and image', () => {
	it('saves, serves with private caching headers, and removes the picture', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		const group = await createGroupIn(network.id);
		await addGroupMember(group, member.id);
		const scope = { networkId: network.id, groupId: group.id };
		const saved = await actions.picture(
			event({ actor: coordinator.actor, ...scope, body: pictureForm(jpeg(), '  Une  table ') })
		);
		expect(saved).toEqual({ pictureSaved: true });
		const [row] = await db().select().from(groupPictures).where(eq(groupPictures.groupId, group.id));
		expect(row.alt).toBe('Une table');

		const response = await GET(event({ actor: member.actor, ...scope }));
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('image/jpeg');
		expect(response.headers.get('cache-control')).toBe('private, max-age=3600');
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(new Uint8Array(await response.arrayBuffer())).toEqual(jpeg());

		expect(await actions.removePicture(event({ actor: coordinator.actor, ...scope }))).toEqual({
			pictureRemoved: true
		});
		expect(await db().$count(groupPictures, eq(groupPictures.groupId, group.id))).toBe(0);
	});

	it('answers a French sentence on the field for a file too big or not an image, and saves nothing', async () => {
		const { network, coordinator } = await createNetworkWithPeople();
		const group = await createGroupIn(network.id);
		const scope = { networkId: network.id, groupId: group.id };
		for (const [bytes, status, text] of [
			[
				jpeg(1_000_001),
				413,
				'Cette photo est trop lourde : 1 Mo (mégaoctets) au plus. Choisissez une photo plus légère.'
			],
			[
				new TextEncoder().encode('<svg></svg>'),
				400,
				"Ce fichier n'est pas une photo JPEG, PNG ou WebP. Choisissez une photo prise avec un téléphone ou un appareil photo."
			]
		] as const) {
			const result = await actions.picture(
				event({ actor: coordinator.actor, ...scope, body: pictureForm(bytes, 'Un titre') })
			);
			expect(result).toMatchObject({ status, data: { errors: { picture: text } } });
			expect(result).toMatchObject({ data: { action: 'picture', values: { alt: 'Un titre' } } });
		}
		const tooLong = await actions.picture(
			event({ actor: coordinator.actor, ...scope, body: pictureForm(jpeg(), 'x'.repeat(251)) })
		);
		expect(tooLong).toMatchObject({ status: 400, data: { errors: { alt: expect.any(String) } } });
		expect(await db().$count(groupPictures, eq(groupPictures.groupId, group.id))).toBe(0);
	});

	it('does not serve the picture outside the network', async () => {
		const { network, coordinator } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		const group = await createGroupIn(network.id);
		await actions.picture(
			event({ actor: coordinator.actor, networkId: network.id, groupId: group.id, body: pictureForm(jpeg()) })
		);
		await expect(GET(event({ actor: null, networkId: network.id, groupId: group.id }))).rejects.toMatchObject({
			status: 303
		});
		await expect(
			GET(event({ actor: other.member.actor, networkId: other.network.id, groupId: group.id }))
		).rejects.toMatchObject({ status: 404 });
	});
});

// A post opened to be changed (`/annonces/<id>/modifier`) or prolonged (`/annonces/<id>/prolonger`, the expiry
// email's link): for its author or a coordinator of the network. A visitor logs in first, even when the post
// has a public version (the link is to act on it, not to read it).
import { requireMember, type Actor } from '../auth/policies.ts';
import { AppError } from '../errors.ts';
import { getPost } from './get-post.ts';

export async function getManagedPost(options: {
	actor: Actor | null;
	networkId: string;
	postId: string;
	/** `edit`: only an open post may be changed (a fulfilled or closed one stays as it was). */
	purpose: 'edit' | 'renew';
}) {
	requireMember(options.actor, options.networkId);
	const post = await getPost(options);
	if (!post.canManage) throw new AppError('forbidden');
	if (options.purpose === 'edit' && post.status !== 'open') throw new AppError('post_not_open');
	return post;
}

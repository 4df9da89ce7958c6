import type { Post } from '../core/model.ts';
import type { PublishReceipt, Publisher } from '../ports.ts';

/** The publisher without a Discord token: prints each post as the text it would send. */
export function createConsolePublisher(write: (text: string) => void): Publisher & { posts: Post[] } {
  const posts: Post[] = [];
  return {
    posts,
    async publish(post: Post): Promise<PublishReceipt> {
      posts.push(post);
      write(formatPost(post));
      return { messageId: `console-${posts.length}` };
    },
    async update(post: Post, receipt: PublishReceipt): Promise<void> {
      write(`(update of ${receipt.messageId ?? post.id})\n${formatPost(post)}`);
    },
  };
}

export function formatPost(post: Post): string {
  const lines = [
    `━━ [${post.topic}] ${post.title}`,
    `   ${post.source}${post.publishedLocal ? ` · ${post.publishedLocal}` : ''}`,
    post.url ? `   ${post.url}` : undefined,
    `   ${post.summary.length > 400 ? `${post.summary.slice(0, 400).replace(/\s+\S*$/, '')}…` : post.summary}`,
    `   matched: ${post.terms.join(', ')} · score ${post.score}`,
    post.alsoReportedBy?.length ? `   also reported by: ${post.alsoReportedBy.map((r) => r.source + (r.url ? ` (${r.url})` : '')).join('; ')}` : undefined,
  ];
  return `${lines.filter((l) => l !== undefined).join('\n')}\n`;
}

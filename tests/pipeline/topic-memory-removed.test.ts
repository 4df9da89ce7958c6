// A topic that no longer exists (gone from the config, or from the topics created in Discord) has
// its memory removed from the state store at the next cycle: a topic created later under the same
// name starts with an empty memory, rather than taking items on the old topic's stand-in words.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TopicMemoryData } from '../../src/core/match/topic-memory.ts';
import type { TopicMatcher } from '../../src/core/select/select-items.ts';
import { stateKeys } from '../../src/pipeline/state-keys.ts';
import { serveFeed } from '../helpers/feed-server.ts';
import { entry, KURSK_ARTICLES as KURSK, KURSK_WITHOUT_KOREA_ARTICLE as WITHOUT_KOREA, MINUTE_MS, rss, type Article } from './cycle-feeds.ts';
import { createHarness, defaultTopics, feedAt, openSqlite, T0, fileFeedServer } from './cycle-harness.ts';


const files = fileFeedServer();
const { dir } = files;

describe("a removed topic's memory", () => {
  it('is removed at the next cycle, and the topic created again under its name starts empty', async () => {
    const file = join(dir.path, 'removed.sqlite');
    const [kept] = defaultTopics();
    // A second topic on the same profile: what it remembers is what `default` remembers.
    const gone: TopicMatcher = { ...kept!, name: 'gone' };
    const earlier = KURSK.map((article, i) => entry(article, 3 + i));
    files.server.route('/removed.xml', serveFeed(rss(earlier, { now: T0 })));
    const feed = (topics: string[]) => feedAt(files.server, '/removed.xml', 'Kabar Benua', { topics });
    const cycle = async (minutes: number, topics: TopicMatcher[]) => {
      const h = await createHarness({ server: files.server, store: await openSqlite(file), start: new Date(T0.getTime() + minutes * MINUTE_MS) });
      const report = await h.run([feed(topics.map((t) => t.name))], { topics });
      const memories = { default: await h.store.get<TopicMemoryData>(stateKeys.topicMemory('default')), gone: await h.store.get<TopicMemoryData>(stateKeys.topicMemory('gone')) };
      await h.close();
      return { report, posts: h.publisher.posts, memories };
    };

    // Both topics count the first poll's baseline.
    const first = await cycle(0, [kept!, gone]);
    expect(first.memories.default?.keys['@kursk']).toEqual([6, 6]);
    expect(first.memories.gone?.keys['@kursk']).toEqual([6, 6]);

    // `gone` is no longer a topic: its memory goes, the other topic's stays.
    const second = await cycle(10, [kept!]);
    expect(second.memories.gone).toBeUndefined();
    expect(second.memories.default?.keys['@kursk']).toEqual([6, 6]);

    // Created again, it has not seen the Kursk reporting: the item told without North Korea is
    // taken by the topic that remembers, not by the new one.
    files.server.route('/removed.xml', serveFeed(rss([entry(WITHOUT_KOREA, 1), ...earlier], { now: T0 })));
    const third = await cycle(20, [kept!, gone]);
    expect(third.posts.map((p) => `${p.topic}: ${p.title}`)).toEqual([`default: ${WITHOUT_KOREA.title}`]);
    expect(third.memories.gone?.keys['@kursk']).toEqual([1, 0]);
  });
});

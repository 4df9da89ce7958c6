// /topic keywords require: the user's override of a learned facet from Discord, laid over the
// topic by the next cycle exactly as a tuning file's `require` would be. And /topic create says
// what learning reported, as `newshound learn` does.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ORDINARY_MEMBER, PAGES, replyText, startCommandsHarness, type CommandsHarness } from '../helpers/discord-commands-harness.ts';

let h: CommandsHarness;
beforeEach(async () => {
  h = await startCommandsHarness();
});
afterEach(async () => {
  await h.close();
});

const facets = async () => (await h.context.sources.resolve(h.store)).topics.find((t) => t.name === 'default')!.prepared.profile.concepts;

describe('/topic keywords require', () => {
  it('replaces the learned facet the terms name, extends it with extend:true, adds a facet otherwise; remove undoes it', async () => {
    const learned = await facets();
    const side = learned.findIndex((c) => c.countries.includes('kp'));
    expect(side).toBeGreaterThanOrEqual(0);

    const replaced = await h.run('topic keywords require', { name: 'default', terms: 'North Korea, Kim Jong Un' });
    expect(replaced.content).toContain(`replacing the facet **${learned[side]!.name}**`);
    expect((await facets())[side]).toMatchObject({ name: 'North Korea / Kim Jong Un', countries: [] });

    await h.run('topic keywords remove', { name: 'default', term: 'Kim Jong Un' });
    expect(await facets()).toEqual(learned);

    const extended = await h.run('topic keywords require', { name: 'default', terms: 'Korut, Choe Son Hui', extend: true });
    expect(extended.content).toContain(`added to the facet **${learned[side]!.name}**`);
    const after = await facets();
    expect(after).toHaveLength(learned.length);
    expect(after[side]!.countries).toEqual(learned[side]!.countries);
    expect(after[side]!.labels).toContain('Choe Son Hui');

    const added = await h.run('topic keywords require', { name: 'default', terms: 'artileri, amunisi' });
    expect(added.content).toContain('as a facet of its own');
    expect(await facets()).toHaveLength(learned.length + 1);
    const shown = replyText(await h.run('topic show', { name: 'default' }));
    expect(shown).toContain('Required (added to a learned facet): Korut / Choe Son Hui');
    expect(shown).toContain('Required: artileri / amunisi');
  });

  it('needs Manage Server and at least one usable term', async () => {
    expect((await h.run('topic keywords require', { name: 'default', terms: 'drone' }, { memberPermissions: ORDINARY_MEMBER })).content).toContain('needs the **Manage Server** permission');
    expect((await h.run('topic keywords require', { name: 'default', terms: ' , ' })).content).toContain('at least one term');
    expect((await h.run('topic keywords require', { name: 'default', terms: 'the' })).content).toContain('leaves no word to match');
  });
});

describe('/topic create reports what learning says', () => {
  it('shows the expected headlines flagged per day of the learned topic', async () => {
    const seeds = [PAGES.boosterCatch, PAGES.breakup, PAGES.faaClears].map((p) => h.url(p)).join(' ');
    const reply = await h.run('topic create', { name: 'starship', seeds });
    expect(reply.content).toContain('Created topic `starship`');
    expect(replyText(reply)).toMatch(/Expected headlines flagged\/day\n\d+\.\d\d/);
  });
});

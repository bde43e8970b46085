/**
 * What the background does for each message. Plain functions over an open database, so unit tests
 * run them with fake-indexeddb; the background entrypoint only wires them to `runtime.onMessage`.
 */
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import type { Db } from '../db/open';
import * as q from '../db/queries';
import {
  formatIssues,
  type MessageType,
  type PayloadOf,
  type ProfileCard,
  type Responses,
  type TabCard,
} from '../messages';
import { ON_DEMAND_FILES } from '../on-demand';
import { snooze } from '../outreach/cadence';
import { draft } from '../outreach/drafts';
import { newPerson, refreshSnapshot } from '../outreach/person';
import { move, recordTouch } from '../outreach/pipeline';
import { createTrackerCache } from '../outreach/tracker';
import { buildExport, mergeImport, parseImport, serializeExport, toCsv } from '../outreach/transfer';
import { computeOverlap } from '../overlap';
import { EXPORT_VERSION, MyProfile, type Person, type Profile, type Settings } from '../schema';
import { applySuggestions, suggestFromProfile } from '../self-profile';
import { memoryTabCards, type TabCardStore } from './tab-cards';

/** Context of one request: who sent it. */
export interface RequestContext {
  tabId?: number;
  /** The frame of the tab the message came from (0: the top frame). */
  frameId?: number;
}

/** Side effects the handlers ask of the browser (toolbar badge, per-tab card), injected for tests. */
export interface BackgroundEffects {
  /** The card for a tab changed (toolbar badge count, side panel). */
  tabCard(tabId: number, card: TabCard): void;
  /** Saved people changed (due count, alarms). */
  peopleChanged(): void;
  /** Open the options page (content scripts cannot). */
  openOptions(): Promise<void>;
  /** Run one of the extension's own files in a tab's frame, beside its content script (utils/on-demand.ts). */
  inject(tabId: number, frameId: number, file: ScriptPublicPath): Promise<void>;
  /**
   * Install the derived knowledge (gazetteer, institutions) before the first common ground is computed
   * (utils/background/overlap-data.ts). Absent in unit tests, whose setup file installs it from disk.
   */
  overlapData?(): Promise<void>;
}

type Handler<T extends MessageType> = (payload: PayloadOf<T>, ctx: RequestContext) => Promise<Responses[T]>;

/** True when the user has entered nothing that common ground could be computed from. */
export function isMeEmpty(me: MyProfile | null): boolean {
  if (!me) return true;
  return (
    me.schools.length + me.hometowns.length + me.placesLived.length + me.employers.length + me.interests.length === 0
  );
}

/** Build the handler table over one database. `now` is injectable for tests. */
export function createHandlers(
  db: Db,
  effects: BackgroundEffects,
  now: () => Date = () => new Date(),
  tabCards: TabCardStore = memoryTabCards(),
) {
  // The popup's search index, kept in memory and current with every write (see tracker/view).
  const tracker = createTrackerCache(() => q.listPeople(db), now);

  /** Common ground, once the derived knowledge is loaded (only the first call waits for it). */
  async function overlapFor(me: MyProfile, profile: Profile, categories: Settings['categories']) {
    await effects.overlapData?.();
    return computeOverlap(me, profile, categories);
  }

  async function cardFor(profile: Profile, settings?: Settings): Promise<ProfileCard> {
    const [me, s, saved] = await Promise.all([
      q.getMe(db),
      settings ?? q.getSettings(db),
      q.getPerson(db, profile.slug),
    ]);
    const overlap = me && !isMeEmpty(me) ? await overlapFor(me, profile, s.categories) : null;
    let person = saved;
    if (saved) {
      // Visiting a saved person again refreshes their snapshot; history and notes are kept.
      person = await q.updatePerson(db, profile.slug, (p) =>
        refreshSnapshot(p, profile, overlap?.items ?? p.commonGround, now()),
      );
      if (person !== saved) tracker.put(person);
    }
    return { profile, overlap, person, meEmpty: isMeEmpty(me), settings: s };
  }

  /** The user's own page: no common ground with oneself, but suggestions for My profile. */
  async function selfCard(profile: Profile): Promise<ProfileCard> {
    const [me, settings] = await Promise.all([q.getMe(db), q.getSettings(db)]);
    return {
      profile,
      overlap: null,
      person: null,
      meEmpty: isMeEmpty(me),
      settings,
      self: { suggestions: suggestFromProfile(profile, me) },
    };
  }

  async function remember(ctx: RequestContext, card: TabCard): Promise<void> {
    if (ctx.tabId === undefined) return;
    await tabCards.set(ctx.tabId, card);
    effects.tabCard(ctx.tabId, card);
  }

  async function changed(p: Promise<Person>): Promise<Person> {
    const person = await p;
    tracker.put(person);
    effects.peopleChanged();
    return person;
  }

  const handlers: { [T in MessageType]: Handler<T> } = {
    'profile/seen': async ({ profile, self }, ctx) => {
      const card = self ? await selfCard(profile) : await cardFor(profile);
      await remember(ctx, { state: 'profile', card });
      return card;
    },

    'profile/unreadable': async ({ message }, ctx) => {
      await remember(ctx, { state: 'unreadable', message });
      return null;
    },

    'tab/card': async ({ tabId }) => (await tabCards.get(tabId)) ?? { state: 'none' },

    'tab/clear': async (_payload, ctx) => {
      if (ctx.tabId !== undefined && (await tabCards.delete(ctx.tabId))) effects.tabCard(ctx.tabId, { state: 'none' });
      return null;
    },

    'tab/inject': async ({ script }, ctx) => {
      if (ctx.tabId === undefined) throw new Error('Only the content script of a LinkedIn tab can load its scripts.');
      await effects.inject(ctx.tabId, ctx.frameId ?? 0, ON_DEMAND_FILES[script]);
      return null;
    },

    'person/save': async ({ profile, role }, ctx) => {
      const [me, settings, existing] = await Promise.all([
        q.getMe(db),
        q.getSettings(db),
        q.getPerson(db, profile.slug),
      ]);
      const overlap = me && !isMeEmpty(me) ? await overlapFor(me, profile, settings.categories) : null;
      if (existing) {
        await changed(q.updatePerson(db, profile.slug, (p) => ({ ...p, role, updatedAt: now().toISOString() })));
      } else {
        await changed(
          q.putPerson(db, newPerson({ profile, role, commonGround: overlap?.items ?? [], now: now(), settings })),
        );
      }
      const card = await cardFor(profile, settings);
      await remember(ctx, { state: 'profile', card });
      return card;
    },

    'person/get': async ({ slug }) => q.getPerson(db, slug),
    'person/list': async () => q.listPeople(db),
    'tracker/view': async ({ query, role, limit, more }) => tracker.view({ query, role }, { limit, more }),

    'person/move': async ({ slug, status, note, meetingKind }) => {
      const settings = await q.getSettings(db);
      return changed(q.updatePerson(db, slug, (p) => move(p, status, now(), settings, { note, meetingKind })));
    },

    'person/update': async ({ slug, patch }) => {
      return changed(
        q.updatePerson(db, slug, (p) => {
          const { nextFollowUp, ...rest } = patch;
          const next: Person = { ...p, ...rest, updatedAt: now().toISOString() };
          if (nextFollowUp === null) delete next.nextFollowUp;
          else if (nextFollowUp !== undefined) next.nextFollowUp = nextFollowUp;
          return next;
        }),
      );
    },

    'person/snooze': async ({ slug, days }) => changed(q.updatePerson(db, slug, (p) => snooze(p, days, now()))),

    'person/touch': async ({ slug }) => {
      const settings = await q.getSettings(db);
      return changed(q.updatePerson(db, slug, (p) => recordTouch(p, now(), settings)));
    },

    'person/delete': async ({ slug }) => {
      await q.deletePerson(db, slug);
      tracker.remove(slug);
      effects.peopleChanged();
      return null;
    },

    'me/get': async () => q.getMe(db),
    'me/save': async ({ me }) => q.saveMe(db, me),
    'me/adopt': async ({ picks }) => {
      const me = (await q.getMe(db)) ?? MyProfile.parse({});
      const next = MyProfile.safeParse(
        applySuggestions(
          me,
          picks.map((p) => ({ ...p, present: false })),
        ),
      );
      if (!next.success) throw new Error(`My profile was not changed: ${formatIssues(next.error)}`);
      return q.saveMe(db, next.data);
    },
    'settings/get': async () => q.getSettings(db),
    'settings/save': async ({ settings }) => q.saveSettings(db, settings),

    'templates/list': async () => q.listTemplates(db),
    'templates/save': async ({ template }) => q.putTemplate(db, template),
    'templates/delete': async ({ id }) => {
      await q.deleteTemplate(db, id);
      return null;
    },

    'draft/context': async ({ slug }) => {
      const [person, me, settings, templates] = await Promise.all([
        q.getPerson(db, slug),
        q.getMe(db),
        q.getSettings(db),
        q.listTemplates(db),
      ]);
      if (!person) throw new Error(`No saved person "${slug}".`);
      const mine = me ?? MyProfile.parse({});
      const overlap = await overlapFor(mine, person.profile, settings.categories);
      return { person, me: mine, settings, overlap, templates };
    },

    'draft/make': async ({ slug, kind, variant, profile, role, templateId }) => {
      const [person, me, settings, templates] = await Promise.all([
        q.getPerson(db, slug),
        q.getMe(db),
        q.getSettings(db),
        q.listTemplates(db),
      ]);
      const target = person?.profile ?? profile;
      if (!target) throw new Error(`No saved person "${slug}" and no profile to draft for.`);
      const mine = me ?? MyProfile.parse({});
      return draft({
        kind,
        variant,
        me: mine,
        profile: target,
        overlap: await overlapFor(mine, target, settings.categories),
        role: person?.role ?? role ?? 'mentor',
        settings,
        projects: person?.projects ?? [],
        template: templateId ? templates.find((t) => t.id === templateId && t.kind === kind) : undefined,
      });
    },

    'data/export': async () => {
      const all = await q.readAll(db);
      const at = now();
      const json = serializeExport(buildExport({ ...all, now: at }));
      return {
        json,
        csv: toCsv(all.people),
        filename: `common-ground-v${EXPORT_VERSION}-${at.toISOString().slice(0, 10)}`,
      };
    },

    'data/import': async ({ text }) => {
      const parsed = parseImport(text);
      if (!parsed.ok)
        throw new Error(
          `Nothing was imported. The file is not a valid Common Ground export:\n${parsed.errors.join('\n')}`,
        );
      const existing = await q.readAll(db);
      const merged = mergeImport(existing.people, parsed.data.people);
      await q.writeImport(db, {
        people: merged.put,
        templates: parsed.data.templates,
        me: existing.me && !isMeEmpty(existing.me) ? undefined : parsed.data.me,
        settings: undefined,
      });
      tracker.reset();
      effects.peopleChanged();
      return { added: merged.added, updated: merged.updated, unchanged: merged.unchanged };
    },

    'ui/open-options': async () => {
      await effects.openOptions();
      return null;
    },

    'data/clear': async () => {
      await q.clearAll(db);
      tracker.reset();
      await tabCards.clear();
      effects.peopleChanged();
      return null;
    },
  };

  return { handlers, tabCards };
}

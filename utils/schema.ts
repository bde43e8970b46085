/**
 * The single source of the data types: zod schemas, with the TypeScript types inferred from them.
 * Everything that crosses a boundary (page → reader, message, database, export file) is one of these.
 * Optional fields are left out when a page does not say them; strings are never "undefined"/"null".
 */
import { z } from 'zod';
import { profileUrlProblem } from './linkedin/profile-url';

/** ISO 8601 timestamp, e.g. "2026-11-22T18:54:18.000Z". */
export const IsoDate = z.iso.datetime({ offset: true });

/** How the viewer is connected to the person: LinkedIn's distance badge, or the viewer's own page. */
export const Degree = z.enum(['1st', '2nd', '3rd', 'out-of-network', 'self']);
export type Degree = z.infer<typeof Degree>;

/** One role at one company. Roles grouped under one company on LinkedIn become separate items. */
export const Experience = z.object({
  title: z.string().optional(),
  company: z.string().optional(),
  /** LinkedIn's own `/company/<id>/` link: identifies the organisation exactly. */
  companyUrl: z.string().optional(),
  location: z.string().optional(),
  /** As printed: "Jan 2014", "2019". */
  start: z.string().optional(),
  /** As printed, or "Present". Missing when the page gives no end. */
  end: z.string().optional(),
  description: z.string().optional(),
  /** Set by the reader: the member still holds this role. Read it with `isCurrentRole` (utils/linkedin/current-role.ts). */
  current: z.boolean().optional(),
});
export type Experience = z.infer<typeof Experience>;

/** One school entry. */
export const Education = z.object({
  school: z.string(),
  /** LinkedIn's own `/school/<id>/` (or older `/company/<id>/`) link: identifies the institution exactly. */
  schoolUrl: z.string().optional(),
  degree: z.string().optional(),
  field: z.string().optional(),
  start: z.string().optional(),
  end: z.string().optional(),
  location: z.string().optional(),
});
export type Education = z.infer<typeof Education>;

/** Which Interests tab an item came from. */
export const InterestCategory = z.enum(['topVoices', 'companies', 'groups', 'schools', 'newsletters', 'other']);
export type InterestCategory = z.infer<typeof InterestCategory>;

export const Interest = z.object({
  name: z.string(),
  category: InterestCategory,
  url: z.string().optional(),
});
export type Interest = z.infer<typeof Interest>;

export const Volunteering = z.object({
  organization: z.string().optional(),
  role: z.string().optional(),
  cause: z.string().optional(),
});
export type Volunteering = z.infer<typeof Volunteering>;

/** What a LinkedIn profile page says about a person. Produced by `utils/linkedin/`. */
export const Profile = z
  .object({
    /**
     * Canonical profile URL, https://www.linkedin.com/in/<slug>/. Only an https LinkedIn profile address
     * of this very slug is accepted (utils/linkedin/profile-url.ts), so *Open* can never open anything else.
     */
    url: z.string(),
    /** The `/in/<slug>/` part, decoded and lower-cased. The key of a saved person. */
    slug: z.string().min(1),
    name: z.string(),
    headline: z.string().optional(),
    location: z.string().optional(),
    pronouns: z.string().optional(),
    degree: Degree.optional(),
    followers: z.number().int().nonnegative().optional(),
    /** Connection count; LinkedIn caps the display at "500+", read as 500. */
    connections: z.number().int().nonnegative().optional(),
    mutualConnections: z.number().int().nonnegative().optional(),
    about: z.string().optional(),
    current: z
      .object({ title: z.string().optional(), company: z.string().optional(), companyUrl: z.string().optional() })
      .optional(),
    experience: z.array(Experience).default([]),
    education: z.array(Education).default([]),
    skills: z.array(z.string()).default([]),
    interests: z.array(Interest).default([]),
    volunteering: z.array(Volunteering).default([]),
    causes: z.array(z.string()).default([]),
    languages: z.array(z.string()).default([]),
  })
  .superRefine((p, ctx) => {
    const problem = profileUrlProblem(p.url, p.slug);
    if (problem) ctx.addIssue({ code: 'custom', path: ['url'], message: `Not a LinkedIn profile address: ${problem}` });
  });
export type Profile = z.infer<typeof Profile>;
/** A Profile as written by hand or by older code: list fields may be missing. */
export type ProfileInput = z.input<typeof Profile>;

/** One entry of a My profile list: a school, a place, an employer, an interest. */
const Entry = z
  .string()
  .trim()
  .min(1, 'Empty entry')
  .max(200, 'Too long (200 characters at most)')
  .regex(/\p{L}/u, 'Must contain a letter');

/**
 * LinkedIn school or company page URLs (`https://www.linkedin.com/school/<id>/`) by My profile entry. Older
 * profiles and exports have none; the entries themselves stay plain strings.
 */
const PageLinks = z
  .record(
    z.string().max(200),
    z
      .string()
      .trim()
      .max(300)
      .regex(
        /^https:\/\/www\.linkedin\.com\/(?:school|company)\/[^/?#\s]+\/$/,
        'Not a LinkedIn school or company page',
      ),
  )
  .refine((r) => Object.keys(r).length <= 50, 'Too many pages (50 at most)')
  .default({});

/** The user's own profile, entered in the options page. Drives every match and draft. */
export const MyProfile = z.object({
  name: z.string().trim().max(200, 'Too long (200 characters at most)').default(''),
  schools: z.array(Entry).max(50).default([]),
  hometowns: z.array(Entry).max(50).default([]),
  placesLived: z.array(Entry).max(50).default([]),
  employers: z.array(Entry).max(50).default([]),
  interests: z.array(Entry).max(200).default([]),
  /** What the user wants from a sponsor or mentor, in their words. */
  goals: z.string().trim().max(2000).default(''),
  /** What the user will not do ("not willing to relocate"). Drafts never contradict it. */
  limits: z.string().trim().max(2000).default(''),
  /** How the user can help in return. */
  offers: z.string().trim().max(2000).default(''),
  /** The user's own title or level ("Senior Engineer"), to compare seniority. */
  seniority: z.string().trim().max(200).default(''),
  /** What the user is proud of: a result, a skill, a project, one per entry. Drafts to sponsors carry one. */
  proudOf: z.array(Entry).max(20).default([]),
  /** LinkedIn pages of `schools` entries, by the entry's text: they decide a match exactly (optional). */
  schoolPages: PageLinks,
  /** LinkedIn pages of `employers` entries, by the entry's text. */
  employerPages: PageLinks,
});
export type MyProfile = z.infer<typeof MyProfile>;

/** True when the user has entered nothing that common ground could be computed from. */
export function isMeEmpty(me: MyProfile | null): boolean {
  if (!me) return true;
  return (
    me.schools.length + me.hometowns.length + me.placesLived.length + me.employers.length + me.interests.length === 0
  );
}

/** The four kinds of common ground. */
export const OverlapKind = z.enum(['almaMater', 'hometown', 'interest', 'employer']);
export type OverlapKind = z.infer<typeof OverlapKind>;

/** One thing the user shares with the person, with the evidence a person can check. */
export const OverlapItem = z.object({
  kind: OverlapKind,
  /** The user's side, as they wrote it ("Kellogg School of Management"). */
  mine: z.string(),
  /** The person's side, as the page says it ("Northwestern University, BA 2003"). */
  theirs: z.string(),
  /** One sentence a person can check ("You: Kellogg School of Management · Them: Northwestern University, BA 2003"). */
  evidence: z.string(),
  /** 0–1; stronger items come first and drive the draft's opener. */
  strength: z.number().min(0).max(1),
  /** Short badge text ("Kellogg alum", "Boston area"). */
  label: z.string().optional(),
});
export type OverlapItem = z.infer<typeof OverlapItem>;

/** The role Common Ground suggests for a person. */
export const FitRole = z.enum(['sponsor', 'mentor', 'peer']);
export type FitRole = z.infer<typeof FitRole>;

/** Common ground with one person: items strongest first, a 0–100 score and the suggested role. */
export const Overlap = z.object({
  items: z.array(OverlapItem),
  score: z.number().min(0).max(100),
  fit: z.object({ role: FitRole, reasons: z.array(z.string()) }),
});
export type Overlap = z.infer<typeof Overlap>;

/** What the user saves a person as. */
export const PersonRole = z.enum(['sponsor', 'mentor', 'both', 'connector']);
export type PersonRole = z.infer<typeof PersonRole>;

/** Outreach pipeline stages; allowed moves live in `utils/outreach/pipeline.ts`. */
export const Status = z.enum([
  'saved',
  'researching',
  'drafted',
  'contacted',
  'replied',
  'meeting',
  'sponsoring',
  'mentoring',
  'declined',
  'thanked',
  'referral-asked',
  'dormant',
]);
export type Status = z.infer<typeof Status>;

/** One entry of the status history; `undo` marks the entry an Undo added (it erases none). */
export const StatusChange = z.object({
  status: Status,
  at: IsoDate,
  note: z.string().optional(),
  undo: z.boolean().optional(),
});
export type StatusChange = z.infer<typeof StatusChange>;

/** Something given or received, for the give-and-take ledger. */
export const Deed = z.object({ what: z.string().min(1), at: IsoDate });
export type Deed = z.infer<typeof Deed>;

/** A saved person: the unit of the outreach tracker. Keyed by profile slug. */
export const Person = z.object({
  slug: z.string().min(1),
  role: PersonRole,
  /** The latest snapshot of their profile; refreshed on every visit (see `snapshotAt`). */
  profile: Profile,
  /** Common ground when saved (or last refreshed). */
  commonGround: z.array(OverlapItem).default([]),
  status: Status,
  statusHistory: z.array(StatusChange).min(1),
  notes: z.string().default(''),
  nextFollowUp: IsoDate.optional(),
  /** What the next follow-up is for ("Follow up on your message"). */
  followUpReason: z.string().optional(),
  /** Contact attempts made (messages sent); reset by a reply. */
  touches: z.number().int().nonnegative().default(0),
  meetingKind: z.enum(['coffee', 'lunch', 'call']).optional(),
  /** Their current projects, where the user could help. */
  projects: z.array(z.string()).default([]),
  /** What the user did or offered for them. */
  gave: z.array(Deed).default([]),
  /** What they did for the user. */
  got: z.array(Deed).default([]),
  tags: z.array(z.string()).default([]),
  createdAt: IsoDate,
  /** The user's last edit (a move, a note, a field). A snapshot refresh is not an edit and leaves it alone. */
  updatedAt: IsoDate,
  /**
   * When `profile` and `commonGround` were last taken from their page. Missing in records and exports
   * from before it existed: read as `updatedAt` then (utils/outreach/merge.ts).
   */
  snapshotAt: IsoDate.optional(),
});
export type Person = z.infer<typeof Person>;

/** User settings (options page). */
export const Settings = z.object({
  /** Insert nothing into LinkedIn's page; show the card in the side panel only. */
  discreetMode: z.boolean().default(false),
  /** Connection-note limit: 200 characters on free accounts, 300 on Premium. */
  accountType: z.enum(['free', 'premium']).default('free'),
  /** Which kinds of common ground to look for. */
  categories: z
    .object({
      almaMater: z.boolean().default(true),
      hometown: z.boolean().default(true),
      interest: z.boolean().default(true),
      employer: z.boolean().default(true),
    })
    .default({ almaMater: true, hometown: true, interest: true, employer: true }),
  /** Days until the follow-up after a message. */
  followUpDays: z.number().int().min(1).max(90).default(7),
  /** Days between re-evaluations of an active sponsorship or mentorship. */
  reevaluateDays: z.number().int().min(7).max(365).default(90),
  notifications: z.boolean().default(true),
});
export type Settings = z.infer<typeof Settings>;

/** Kinds of outreach message. */
export const DraftKind = z.enum([
  'connection-note',
  'first-message',
  'follow-up',
  'thank-you',
  'decline-reply',
  'progress-update',
  'check-in',
  'inmail',
  /** Ask a sponsor or mentor whether the relationship is still working (the re-evaluation cadence). */
  're-evaluate',
  /** Offer help or mentoring to someone else: paying it forward. */
  'give-back',
]);
export type DraftKind = z.infer<typeof DraftKind>;

/** A user-written message template (built-in ones live in code). */
export const Template = z.object({
  id: z.string().min(1),
  kind: DraftKind,
  name: z.string().min(1),
  subject: z.string().optional(),
  body: z.string().min(1),
});
export type Template = z.infer<typeof Template>;

/** Version of the export file format. */
export const EXPORT_VERSION = 1;

/** The JSON export: everything the user has, lossless and versioned. */
export const Export = z.object({
  format: z.literal('common-ground'),
  version: z.literal(EXPORT_VERSION),
  exportedAt: IsoDate,
  me: MyProfile.nullable(),
  settings: Settings,
  people: z.array(Person),
  templates: z.array(Template).default([]),
});
export type Export = z.infer<typeof Export>;

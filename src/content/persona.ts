import { z } from 'zod';
import { LocalizedText } from '../csc/text.ts';

export const Slug = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'use lowercase letters, digits and single hyphens (e.g. "retired-teacher")',
  );

export const CUSTOMER_GROUPS = [
  'elderly',
  'student',
  'teacher',
  'young-professional',
  'small-business-owner',
  'retiree',
  'farmer',
  'new-arrival',
  'vip-client',
  'parent',
  'migrant-worker',
  'freelancer',
  'civil-servant',
  'healthcare-worker',
  'person-with-disability',
] as const;

/** The customer's mood when the drill opens; the scripted customer maps it onto its emotion scale. */
export const EMOTIONS = [
  'calm',
  'satisfied',
  'confused',
  'anxious',
  'worried',
  'impatient',
  'skeptical',
  'frustrated',
  'angry',
  'distressed',
  'embarrassed',
  'demanding',
] as const;

export const SpeakingStyle = z
  .object({
    tone: LocalizedText.describe('How the persona sounds, e.g. "blunt and tired"'),
    verbosity: z.enum(['terse', 'moderate', 'verbose']),
    formality: z.enum(['casual', 'neutral', 'formal']),
    quirks: z
      .array(LocalizedText)
      .min(1)
      .describe(
        'Habits of speech the simulated customer should show (fillers, dialect words, repeated phrases)',
      ),
  })
  .strict();

const Words = z.array(z.string().trim().min(1));
const PerLang = z.object({ zh: Words, en: Words }).strict();

/** How the persona's own words sound, applied to every line the offline customer says. */
export const Voice = z
  .object({
    openers: PerLang.describe(
      'Catchphrases the persona starts a message with now and then ("小同志，我跟你讲啊")',
    ),
    fillers: PerLang.describe('Hesitations or discourse markers put before a sentence ("那个……", "Look,")'),
    asides: PerLang.describe('Short signature remarks dropped in now and then ("我铺头还有客等着呢")'),
    address: PerLang.describe('How the persona addresses the agent ("小同志", "love"); empty for none'),
    swaps: z
      .object({
        zh: z.array(z.tuple([z.string().min(1), z.string().min(1)])),
        en: z.array(z.tuple([z.string().min(1), z.string().min(1)])),
      })
      .strict()
      .describe('Dialect or idiolect words replacing the standard ones: [standard, persona]'),
    punctuation: z
      .enum(['normal', 'sparse', 'none'])
      .default('normal')
      .describe('sparse: commas for full stops; none: types without punctuation'),
    lowercase: z.boolean().default(false).describe('English typed all in lower case'),
  })
  .strict();

export const IdentityData = z
  .object({
    fullName: LocalizedText.describe('Fictional full name; the English side is the romanised form'),
    phone: z
      .string()
      .regex(
        /^\+?[0-9][0-9 -]{6,18}[0-9]$/,
        'a phone number of digits, spaces or hyphens, e.g. "138 0013 8000"',
      ),
    cardLastFour: z.string().regex(/^[0-9]{4}$/, 'exactly four digits'),
    dateOfBirth: z.iso.date().describe('Fictional date of birth, YYYY-MM-DD'),
    accountHints: z
      .array(LocalizedText)
      .min(1)
      .describe('Facts the real account holder knows (branch, recent transaction, registered email)'),
  })
  .strict()
  .describe('FICTIONAL identity data used in identity-verification drills; never real people');

export const Persona = z
  .object({
    $schema: z.string().optional(),
    id: Slug,
    name: LocalizedText.describe('How the trainee sees the customer, e.g. "Mr Wang, retired teacher"'),
    age: z.int().min(8).max(105),
    gender: z.enum(['female', 'male', 'nonbinary']),
    region: LocalizedText,
    occupation: LocalizedText,
    education: z.enum(['primary', 'secondary', 'vocational', 'bachelor', 'master', 'doctorate']),
    incomeBand: z.enum(['none', 'low', 'lower-middle', 'middle', 'upper-middle', 'high']),
    riskAttitude: z.enum(['averse', 'cautious', 'balanced', 'growth', 'aggressive']),
    techSavviness: z.enum(['low', 'medium', 'high']),
    customerGroup: z.enum(CUSTOMER_GROUPS),
    baselineEmotion: z.enum(EMOTIONS),
    speakingStyle: SpeakingStyle,
    voice: Voice,
    personality: LocalizedText,
    lifePressure: LocalizedText.describe(
      'What weighs on this person right now (rent due, sick parent, exams)',
    ),
    backstory: LocalizedText,
    patience: z.int().min(2).max(30).describe('Turns without progress before the customer gives up'),
    identity: IdentityData,
  })
  .strict();
export type Persona = z.infer<typeof Persona>;

import { CONDUCT_LABELS } from '../conduct/labels.ts';
import { DistressModel } from '../distress/model.ts';
import { trainDistressModel } from '../distress/train.ts';
import { STRATEGY_CODES } from '../strategies.ts';
import {
  type AuthoredCustomerLine,
  type AuthoredReply,
  TRAIN_AUTHORS,
  trainingCustomerLines,
  trainingReplies,
} from './authored.ts';
import { findCues } from './cue-match.ts';
import { isHeldOut, type LabelledUtterance, readDataset } from './dataset.ts';
import { HashedModel } from './hashed-model.ts';
import { FeatureSink } from './hashing.ts';
import { TAGGER_BITS, TEXT_OPTIONS } from './recipe-options.ts';
import { cueFeature, MOOD_FEATURES, moodFeatures, replyFeatures } from './reply-features.ts';
import { SHAPE_FEATURES } from './text-features.ts';
import { type HashedExample, type HashedTrainOptions, trainHashed } from './train-hashed.ts';

/**
 * How the shipped models are trained (`npm run train:tagger`); model selection used cross-validation
 * by author on the training authors only (scripts/tune-tagger.ts), never the held-out set.
 */
export const TAGGER_COLUMNS: readonly string[] = [...STRATEGY_CODES, ...CONDUCT_LABELS];
/** Example weights: the authored support lines are the product's domain; the corpora are tourist booking. */
export const WEIGHTS = { corpus: 1, fixture: 3, authored: 5, conductOnly: 5 };
export const STRATEGY_OPTIONS: HashedTrainOptions = {
  epochs: 20,
  learningRate: 0.1,
  l2: 1e-5,
  minCount: 2,
  seed: 7,
};
export const CONDUCT_OPTIONS: HashedTrainOptions = { ...STRATEGY_OPTIONS, l2: 0.01, positiveWeight: 2 };
/**
 * The corpus and fixture lines show no conduct (OT lines aside, which may be filler): the conduct
 * outputs learn from them as negatives at this weight, so plain terse questions and second-person
 * instructions do not read as rudeness or blame.
 */
export const CONDUCT_NEGATIVES = { corpus: 0, fixture: 3 };
/** Fixed weight of a conduct label's own cue feature on its output (0: learned like any other). */
export const CONDUCT_CUE_PRIOR = { weight: 0 };
/** Feature families the conduct outputs do not learn from (tuning switches them). */
export const CONDUCT_IGNORE = { shape: false };

function conductIgnored(): Set<number> | undefined {
  return CONDUCT_IGNORE.shape ? new Set(SHAPE_FEATURES.map((h) => h & mask)) : undefined;
}

/** The `cue:<label>` feature of each conduct label, fixed at CONDUCT_CUE_PRIOR on that label's output. */
function conductPriors(): Map<number, Float64Array> {
  const priors = new Map<number, Float64Array>();
  if (!CONDUCT_CUE_PRIOR.weight) return priors;
  CONDUCT_LABELS.forEach((label, k) => {
    const w = new Float64Array(CONDUCT_LABELS.length);
    w[k] = CONDUCT_CUE_PRIOR.weight;
    priors.set(cueFeature(label) & mask, w);
  });
  return priors;
}

export interface TrainingSet {
  corpus: LabelledUtterance[];
  fixture: LabelledUtterance[];
  replies: AuthoredReply[];
  customers: AuthoredCustomerLine[];
}

/** Everything trained on; `without` leaves one author out (cross-validation). */
export function loadTrainingSet(without?: string): TrainingSet {
  const authors = [...TRAIN_AUTHORS, 'own'].filter((a) => a !== without);
  return {
    corpus: [...readDataset('multiwoz'), ...readDataset('crosswoz')].filter((u) => !isHeldOut(u)),
    fixture: [...readDataset('fixture-en'), ...readDataset('fixture-zh')],
    replies: trainingReplies(authors),
    customers: trainingCustomerLines(authors),
  };
}

const mask = (1 << TAGGER_BITS) - 1;
const sink = new FeatureSink();

/** Feature buckets of a reply, as the tagger computes them (`upset`: the customer shows distress). */
export function replyBuckets(text: string, context: string | undefined, upset = false): Uint32Array {
  sink.reset();
  const cues = findCues(text);
  replyFeatures(text, context, cues, sink, TEXT_OPTIONS);
  moodFeatures(cues, upset, sink);
  const ids = sink.snapshot();
  for (let i = 0; i < ids.length; i++) ids[i] = (ids[i] as number) & mask;
  return ids;
}

const strategyIndex = new Map<string, number>(STRATEGY_CODES.map((c, i) => [c, i]));

function conductTargets(r: AuthoredReply): Uint8Array {
  return Uint8Array.from(CONDUCT_LABELS, (l) => Number(r.conduct.includes(l)));
}

/** The agent-reply model: a softmax over the 12 strategies and one logistic output per conduct label. */
export function trainReplyModel(set: TrainingSet, distress: DistressModel): HashedModel {
  const upset = (context: string | undefined) => (context ? distress.upset(context) : false);
  const examples: HashedExample[] = [
    ...set.corpus.map((u) => ({
      ids: replyBuckets(u.text, u.context),
      y: strategyIndex.get(u.label) as number,
      weight: WEIGHTS.corpus,
    })),
    ...set.fixture.map((u) => ({
      ids: replyBuckets(u.text, u.context),
      y: strategyIndex.get(u.label) as number,
      weight: WEIGHTS.fixture,
    })),
    ...set.replies.map((r) => ({
      ids: replyBuckets(r.text, r.context, upset(r.context)),
      y: r.conductOnly ? -1 : (strategyIndex.get(r.primary) as number),
      targets: conductTargets(r),
      weight: r.conductOnly ? WEIGHTS.conductOnly : WEIGHTS.authored,
    })),
  ];
  const ignore = new Set(MOOD_FEATURES.map((h) => h & mask));
  const strategy = trainHashed(examples, STRATEGY_CODES.length, { ...STRATEGY_OPTIONS, ignore });
  const none = new Uint8Array(CONDUCT_LABELS.length);
  const negatives = (rows: readonly LabelledUtterance[], weight: number): HashedExample[] =>
    weight
      ? rows
          .filter((u) => u.label !== 'OT')
          .map((u) => ({ ids: replyBuckets(u.text, u.context), y: -1, targets: none, weight }))
      : [];
  const conduct = trainHashed(
    [
      ...examples,
      ...negatives(set.corpus, CONDUCT_NEGATIVES.corpus),
      ...negatives(set.fixture, CONDUCT_NEGATIVES.fixture),
    ],
    CONDUCT_LABELS.length,
    { ...CONDUCT_OPTIONS, priors: conductPriors(), ignore: conductIgnored() },
    true,
  );
  const rows = new Map<number, Float64Array>();
  const row = (b: number) => {
    let r = rows.get(b);
    if (!r) {
      r = new Float64Array(TAGGER_COLUMNS.length);
      rows.set(b, r);
    }
    return r;
  };
  for (const [b, w] of strategy) row(b).set(w, 0);
  for (const [b, w] of conduct) row(b).set(w, STRATEGY_CODES.length);
  return new HashedModel(TAGGER_COLUMNS, TAGGER_BITS, rows);
}

export interface TrainedModels {
  reply: HashedModel;
  distress: DistressModel;
}

export function trainModels(set: TrainingSet): TrainedModels {
  const distress = new DistressModel(trainDistressModel(set.customers));
  return { reply: trainReplyModel(set, distress), distress };
}

import type { ConductTag } from '../../csc/conduct.ts';

/** Hostile words inside the part the tagger found rude: a snap, a put-down, "that's on you". */
const HOSTILE =
  /喊什么|嚷什么|吵什么|急什么|态度怎么了|爱[报办说问弄]不[报办说问弄]|快点|磨蹭|(?<!麻)烦|凶什么|有什么好|懂不懂|听懂了吗|说了多少遍|跟你说过了|你自己看|不是我的事|关我什么事|\b(?:not (?:that )?complicated|on you|there you go|obviously|seriously|calm down|i (?:already )?told you|how many times|whatever|your problem|not my problem|you people|just do (?:it|what)|simple as that|get it\?|listen to me)\b/iu;

/** Plain wordings the tagger sometimes reads as rude: "as I said", a safety warning ("don't delete anything"). */
const BENIGN =
  /^\W*(?:yes,?\s*)?as i (?:said|mentioned)\b|\bdon'?t (?:delete|share|tell|give|click|reply|send|throw|forward|install)\b|^(?:正如|像)?我(?:刚才|前面)(?:说|提到)(?:过|的)|不要(?:删|告诉|透露|点击|回复|转发)|别(?:删|告诉|透露|点|回复|转发)/iu;

/** The tagger is sure enough on its own only well above its presence threshold. */
const SURE = 0.8;

/**
 * Whether the customer hears the tagger's "rude" as rude: the flagged words must be hostile, or the
 * tagger very sure, the words more than a plain "as I said" or a warning, and the turn no apology or thanks. A polite instruction
 * ("keep the evidence, don't delete anything") draws no tone complaint; courtesy words elsewhere in
 * the turn ("please", "您") never excuse hostile words ("请您快点，爱报不报").
 */
export function heardAsRude(tag: ConductTag, apologised: boolean): boolean {
  const words = tag.evidence?.map((e) => e.text) ?? [];
  if (words.some((w) => HOSTILE.test(w))) return true;
  return tag.confidence >= SURE && !apologised && !words.every((w) => BENIGN.test(w.trim()));
}

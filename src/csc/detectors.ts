/** Shared text detectors read by the customer and the judge. */

/** Attempts to direct the simulator instead of helping the customer; flagged for the scorecard. */
export const MANIPULATION =
  /ignore (?:all |your |the )?(?:previous |above |prior )?(?:instructions|prompts?|rules)|disregard (?:your|the) (?:instructions|rules)|system prompt|you are (?:an ai|a bot|a language model|chatgpt)|give me (?:full|100|maximum) (?:marks|points|score)|mark (?:me|this) as (?:passed|resolved)|忽略(?:之前|以上|前面|你)的?(?:所有)?(?:指令|提示|规则|设定)|系统提示|你是(?:AI|人工智能|机器人|语言模型)|给我满分|打满分|判定(?:我)?通过/iu;

const BLAME =
  /your (?:own )?fault|you should have|you shouldn'?t have|you didn'?t read|that'?s on you|you failed to|怪你|你自己的问题|你应该早|谁让你|是你自己/iu;
const JARGON =
  /\b(?:kyc|aml|swift|iban|t\+1|mcc|chargeback|acquirer|clearing|settlement|otp|apr|ltv|nav)\b|清算|头寸|收单|风控模型|冲正|拒付|轧差|久悬/iu;

export const blames = (text: string): boolean => BLAME.test(text);
export const usesJargon = (text: string): boolean => JARGON.test(text);

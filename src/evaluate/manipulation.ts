/** Attempts to direct the simulator instead of helping the customer; flagged for the scorecard. */
export const MANIPULATION =
  /ignore (?:all |your |the )?(?:previous |above |prior )?(?:instructions|prompts?|rules)|disregard (?:your|the) (?:instructions|rules)|system prompt|you are (?:an ai|a bot|a language model|chatgpt)|give me (?:full|100|maximum) (?:marks|points|score)|mark (?:me|this) as (?:passed|resolved)|忽略(?:之前|以上|前面|你)的?(?:所有)?(?:指令|提示|规则|设定)|系统提示|你是(?:AI|人工智能|机器人|语言模型)|给我满分|打满分|判定(?:我)?通过/iu;

/**
 * Removes every tag-like form of `<tag>` / `</tag>` from untrusted text (spaces, case, attributes,
 * a slash on either side), until none is left, so text put between those tags cannot close them.
 */
export function stripTag(text: string, tag: string): string {
  const name = [...tag].map((ch) => ch.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('\\s*');
  const pattern = new RegExp(`<\\s*/?\\s*${name}\\b[^>]*>|<\\s*/?\\s*${name}\\s*/?\\s*$`, 'giu');
  let out = text;
  for (let before = ''; before !== out; ) {
    before = out;
    out = out.replace(pattern, '');
  }
  return out;
}

/** A verbatim piece of a text: `text === source.slice(start, end)`. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

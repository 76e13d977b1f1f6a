/** One problem in a content file, positioned for `file:line:col  field.path  message` output. */
export interface ContentError {
  file: string;
  line: number;
  col: number;
  path: string;
  message: string;
}

export const formatContentError = (e: ContentError): string =>
  `${e.file}:${e.line}:${e.col}  ${e.path || '(file)'}  ${e.message}`;

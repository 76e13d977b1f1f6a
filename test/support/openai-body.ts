/** The parts of a chat-completions request body the tests look at. */
export interface ChatBody {
  model: string;
  temperature?: number;
  messages: { role: string; content: string }[];
  response_format?: {
    type: string;
    json_schema?: { name: string; strict?: boolean; schema: { required: string[] } };
  };
}

/** A nock body matcher that keeps the last request body it saw. */
export function captureBody(): { matcher: (b: object) => boolean; body: () => ChatBody } {
  let last = {} as ChatBody;
  return {
    matcher: (b) => {
      last = b as ChatBody;
      return true;
    },
    body: () => last,
  };
}

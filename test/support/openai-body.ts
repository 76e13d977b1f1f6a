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

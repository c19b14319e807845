// Exports are produced as they are read: a pull-based ReadableStream asks its source for the next chunk only when
// the client has taken the previous one, so a slow download never makes the server read the table ahead of it.

import { log } from "@/lib/observability/log";

/** UTF-8 bytes of the chunks an async source yields, one database batch at a time. */
export function textStream(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { value, done } = await iterator.next();
          if (done) controller.close();
          else controller.enqueue(encoder.encode(value));
        } catch (error) {
          log("error", "export stream failed", { error });
          controller.error(error);
        }
      },
      async cancel() {
        await iterator.return?.();
      },
    },
    { highWaterMark: 1 },
  );
}

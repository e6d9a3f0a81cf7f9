import type { ExcerptPart } from '../../shared/api/search';

/** The passage as text nodes, the matched words in `<mark>`: nothing from a document is ever read as HTML. */
export function Excerpt({ parts }: { parts: ExcerptPart[] }) {
  return (
    <>
      {parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </>
  );
}

import { Fragment, type ReactNode } from 'react';
import { markedSectionTitles, type MarkedSectionKind } from '../../shared/schema/markedSection';
import type { ProseMirrorJSON } from '../../shared/schema/bodyContent';
import { measureRefLabel } from '../../shared/schema/measureRef';
import { frenchLongDate } from '../../shared/export/frenchDate';

type Attrs = Record<string, unknown>;
interface JsonMark {
  type: string;
  attrs?: Attrs;
}
interface JsonNode {
  type: string;
  text?: string;
  attrs?: Attrs;
  marks?: JsonMark[];
  content?: JsonNode[];
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** « Hors la Rue (Martina Andreeva), présidente »: who speaks, as the turn's heading. */
export function speakerLine(attrs: Attrs = {}): string {
  const who = text(attrs.organisation) || text(attrs.role) || 'Sans organisation';
  const person = text(attrs.person) ? ` (${text(attrs.person)})` : '';
  const role = text(attrs.organisation) && text(attrs.role) ? `, ${text(attrs.role)}` : '';
  return `${who}${person}${role}`;
}

function actionItemLine(attrs: Attrs = {}): string {
  const owners = Array.isArray(attrs.owners) ? attrs.owners.map(text).filter(Boolean).join(', ') : '';
  // A due day reads in French, as in a diff, never as `AAAA-MM-JJ`; a due in words stays as written.
  const due = text(attrs.due) ? `échéance ${frenchLongDate(text(attrs.due)) ?? text(attrs.due)}` : '';
  const done = attrs.status === 'done' ? 'fait' : '';
  return ['À suivre', owners, due, done].filter(Boolean).join(' · ');
}

/** Only links a reader can follow safely; anything else (javascript:…) stays plain text. */
const safeHref = (href: unknown) => (typeof href === 'string' && /^(https?:|mailto:)/i.test(href) ? href : null);

function withMark(content: ReactNode, mark: JsonMark): ReactNode {
  switch (mark.type) {
    case 'bold':
      return <strong>{content}</strong>;
    case 'italic':
      return <em>{content}</em>;
    case 'strike':
      return <s>{content}</s>;
    case 'underline':
      return <u>{content}</u>;
    case 'code':
      return <code>{content}</code>;
    case 'link': {
      const href = safeHref(mark.attrs?.href);
      return href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {content}
        </a>
      ) : (
        content
      );
    }
    default:
      return content;
  }
}

function renderNode(node: JsonNode, key: number): ReactNode {
  const children = (node.content ?? []).map(renderNode);
  const attrs = node.attrs ?? {};
  switch (node.type) {
    case 'text':
      return <Fragment key={key}>{(node.marks ?? []).reduce<ReactNode>(withMark, node.text ?? '')}</Fragment>;
    case 'hardBreak':
      return <br key={key} />;
    case 'paragraph':
      return <p key={key}>{children}</p>;
    // Below the viewer's title (h2) and the document's (h3), so the page outline stays in order.
    case 'heading':
      return attrs.level === 3 ? <h5 key={key}>{children}</h5> : <h4 key={key}>{children}</h4>;
    case 'bulletList':
      return <ul key={key}>{children}</ul>;
    case 'orderedList':
      return (
        <ol key={key} start={typeof attrs.start === 'number' ? attrs.start : undefined}>
          {children}
        </ol>
      );
    case 'listItem':
      return <li key={key}>{children}</li>;
    case 'blockquote':
      return <blockquote key={key}>{children}</blockquote>;
    case 'codeBlock':
      return (
        <pre key={key}>
          <code>{children}</code>
        </pre>
      );
    case 'horizontalRule':
      return <hr key={key} />;
    case 'speakerTurn':
      return (
        <section key={key} className="review-turn">
          <p className="review-turn__speaker">{speakerLine(attrs)}</p>
          {children}
        </section>
      );
    case 'actionItem':
      return (
        <aside key={key} className="review-action-item" data-status={attrs.status === 'done' ? 'done' : 'open'}>
          <p className="review-action-item__title">{actionItemLine(attrs)}</p>
          {children}
        </aside>
      );
    case 'measureRef':
      return (
        <span key={key} className="review-measure">
          {measureRefLabel({ number: Number(attrs.number ?? 0), item: text(attrs.item) })}
        </span>
      );
    case 'markedSection':
      return (
        <section key={key} className="review-marked-section">
          <p className="review-marked-section__title">{markedSectionTitles[attrs.kind as MarkedSectionKind] ?? 'Section'}</p>
          {children}
        </section>
      );
    case 'annex':
      return (
        <p key={key} className="review-annex">
          Annexe — {text(attrs.label)}
        </p>
      );
    default:
      // A node type this version does not know: its text still shows.
      return <div key={key}>{children}</div>;
  }
}

/** A compte-rendu body (ProseMirror JSON) as a read-only page: no editor, no collaboration. */
export function ReadOnlyDocument({ content }: { content: ProseMirrorJSON }) {
  return (
    <div className="review-document" lang="fr">
      {((content as JsonNode).content ?? []).map(renderNode)}
    </div>
  );
}

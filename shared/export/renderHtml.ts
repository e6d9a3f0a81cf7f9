import { buildExportModel } from './buildExportModel';
import type { ExportInput } from './exportInput';
import { ACTION_ITEM_TITLE, SPEAKER_LABEL_END, type Block, type ExportDocument, type Inline, SOMMAIRE_TITLE, numberedTitle } from './exportModel';
import { HTML_LETTER_CLASSES, HTML_STYLES } from './htmlStyles';
import { frenchLongDate } from './frenchDate';
import { GENERATOR } from './generator';
import { sommairePageSlot } from './sommairePages';
import { xmlEscape as esc } from './xmlEscape';

/** Nothing may load or run: the file is opened from a mailbox, far from the app. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

/** Writes one document; numbers footnotes, section anchors and « À suivre » boxes as it goes. */
class HtmlWriter {
  private notes: string[] = [];
  private sections = 0;
  private actionItems = 0;

  constructor(private readonly doc: ExportDocument) {}

  page(): string {
    const { doc } = this;
    const header = [
      doc.layout === 'letter' ? '' : `<h1>${esc(doc.title)}</h1>`,
      doc.collective ? `<p class="collectif">${esc(doc.collective)}</p>` : '',
      doc.placeAndDate ? `<p class="lieu-date">${esc(doc.placeAndDate)}</p>` : '',
      doc.validation ? `<p class="validation">${esc(doc.validation)}</p>` : '',
      doc.validatedVersion ? `<p class="validation version-validee">${esc(doc.validatedVersion)}</p>` : '',
    ].join('');
    const sommaire =
      doc.sommaire.length === 0
        ? ''
        : `<nav class="sommaire" aria-labelledby="sommaire"><h2 id="sommaire">${SOMMAIRE_TITLE}</h2><ul>${doc.sommaire
            .map(
              (entry, i) =>
                `<li><a href="#section-${i + 1}"><span class="titre-sommaire">${esc(numberedTitle(entry.number, entry.title))}</span>` +
                `${sommairePageSlot(`section-${i + 1}`)}</a></li>`,
            )
            .join('')}</ul></nav>`;
    const main = this.blocks(doc.blocks);
    const attendance =
      doc.attendance.length === 0
        ? ''
        : `<section class="presences">${doc.attendance
            .map((group) => `<h2>${esc(group.title)}</h2><ul>${group.lines.map((line) => `<li>${esc(line)}</li>`).join('')}</ul>`)
            .join('')}</section>`;
    const signature = doc.signature ? `<p class="signature">${esc(doc.signature)}</p>` : '';
    const notes =
      this.notes.length === 0
        ? ''
        : `<section class="notes" aria-labelledby="notes"><h2 id="notes">Notes</h2><ol>${this.notes
            .map((note, i) => `<li id="note-${i + 1}">${esc(note)} <a class="retour-note" href="#appel-${i + 1}" aria-label="Retour au texte">↩</a></li>`)
            .join('')}</ol></section>`;
    // Read back into the PDF's document properties (see pdfDocumentInfo): the minutes are the
    // collective's, the person who wrote them signs at the end.
    const author = doc.collective ?? doc.properties.author;
    const meetingDay = doc.properties.meetingDate ? frenchLongDate(doc.properties.meetingDate) : undefined;
    const minutesSubject = meetingDay ? `Compte-rendu de la réunion du ${meetingDay}` : 'Compte-rendu de réunion';
    const subject = doc.layout === 'letter' ? (doc.properties.subject ?? doc.properties.title) : minutesSubject;
    const properties =
      `<meta name="generator" content="${GENERATOR}">` +
      (author ? `<meta name="author" content="${esc(author)}">` : '') +
      `<meta name="description" content="${esc(subject)}">`;
    return (
      '<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8">' +
      `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">` +
      `<meta name="viewport" content="width=device-width, initial-scale=1">${properties}` +
      `<title>${esc(doc.title)}</title><style>${HTML_STYLES}</style></head>\n<body>` +
      `${header ? `<header class="entete">${header}</header>` : ''}${sommaire}<main>${main}${attendance}${signature}${notes}</main>` +
      '</body></html>\n'
    );
  }

  private blocks(blocks: Block[]): string {
    return blocks.map((block) => this.block(block)).join('\n');
  }

  private paragraphs(paragraphs: Inline[][]): string {
    return paragraphs.map((inlines) => `<p>${this.inlines(inlines)}</p>`).join('');
  }

  private block(block: Block): string {
    switch (block.kind) {
      case 'heading':
        if (block.level === 3) return `<h3>${this.inlines(block.inlines)}</h3>`;
        this.sections += 1;
        return `<h2 id="section-${this.sections}">${block.number ? `${esc(block.number)}- ` : ''}${this.inlines(block.inlines)}</h2>`;
      case 'paragraph':
        return `<p>${this.inlines(block.inlines)}</p>`;
      case 'speakerTurn': {
        const { speaker } = block;
        const detail = speaker?.detail ? ` <span class="detail">(${esc(speaker.detail)})</span>` : '';
        const label = speaker ? `<p class="intervenant">${esc(speaker.name)}${detail}${SPEAKER_LABEL_END}</p>` : '';
        return `<section class="tour-de-parole">${label}${this.paragraphs(block.paragraphs)}</section>`;
      }
      case 'actionItem':
        // Numbered: landmarks of the same name cannot be told apart in a screen reader's list.
        this.actionItems += 1;
        return (
          `<aside class="a-suivre" aria-label="${ACTION_ITEM_TITLE} ${this.actionItems}"><p class="a-suivre-titre">${ACTION_ITEM_TITLE}</p>` +
          (block.details ? `<p class="a-suivre-details">${esc(block.details)}</p>` : '') +
          `${this.paragraphs(block.paragraphs)}</aside>`
        );
      case 'markedSection':
        return `<section class="section-marquee"><h2>${esc(block.title)}</h2>${this.blocks(block.blocks)}</section>`;
      case 'list': {
        const items = block.items.map((item) => `<li>${this.blocks(item)}</li>`).join('');
        if (!block.ordered) return `<ul>${items}</ul>`;
        return `<ol${block.start === 1 ? '' : ` start="${block.start}"`}>${items}</ol>`;
      }
      case 'blockquote':
        return `<blockquote>${this.blocks(block.blocks)}</blockquote>`;
      case 'code':
        return `<pre><code>${esc(block.lines.join('\n'))}</code></pre>`;
      case 'rule':
        return '<hr>';
      case 'letterPart': {
        // A letter has no title: its object is what it is about, the page's one heading.
        const tag = block.part === 'object' ? 'h1' : 'p';
        return `<${tag} class="${HTML_LETTER_CLASSES[block.part]}">${block.lines.map((line) => this.inlines(line)).join('<br>')}</${tag}>`;
      }
    }
  }

  private inlines(inlines: Inline[]): string {
    return inlines.map((inline) => this.inline(inline)).join('');
  }

  private inline(inline: Inline): string {
    if (inline.kind === 'break') return '<br>';
    if (inline.kind === 'note') return this.noteCall(inline.note);
    if (inline.kind === 'measure') {
      if (!inline.note) return `<span class="mesure">${esc(inline.label)}</span>`;
      return `<span class="mesure" title="${esc(inline.note)}">${esc(inline.label)}</span>${this.noteCall(inline.note)}`;
    }
    let html = esc(inline.text);
    if (inline.code) html = `<code>${html}</code>`;
    if (inline.bold) html = `<strong>${html}</strong>`;
    if (inline.italic) html = `<em>${html}</em>`;
    if (inline.underline) html = `<u>${html}</u>`;
    if (inline.strike) html = `<s>${html}</s>`;
    if (inline.href) html = `<a href="${esc(inline.href)}" rel="noopener noreferrer">${html}</a>`;
    return html;
  }

  /** Numbers a footnote and answers its call, linked both ways. */
  private noteCall(note: string): string {
    this.notes.push(note);
    const n = this.notes.length;
    // The thin space keeps the call apart from a number before it in the PDF's text layer
    // (« mesure 22 1 », not « mesure 221 »); it is barely visible.
    return `<sup class="appel-note">\u2009<a href="#note-${n}" id="appel-${n}" aria-label="Note ${n}">${n}</a></sup>`;
  }
}

/**
 * One standalone HTML file: inline stylesheet with print rules, no script, no external
 * resource, every text of the document escaped.
 */
export function renderHtml(input: ExportInput): string {
  return renderHtmlDocument(buildExportModel(input));
}

/** The page of a document already laid out (a compte-rendu, or a cover letter). */
export function renderHtmlDocument(doc: ExportDocument): string {
  return new HtmlWriter(doc).page();
}

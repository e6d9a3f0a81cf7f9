const ALLOWED = /^(https?:|mailto:)/i;

/**
 * The link target if it is safe to put in an exported file: web and mail addresses only.
 * `javascript:`, `data:`, `file:` and relative targets are refused (the link keeps its text),
 * because an exported file is opened far from the app, by people who trust it.
 */
export function safeHref(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  // Browsers skip control characters inside a scheme (« java\tscript: »): judge what they would see.
  const visible = href.replace(/[\u0000-\u001F\u007F-\u009F]/g, '').trim();
  return ALLOWED.test(visible) ? visible.replace(/ /g, '%20') : undefined;
}

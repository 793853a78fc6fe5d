/** What "copy for ticket" puts on the clipboard: a plain line, then a Markdown link. */
export function ticketText(code: string, title: string, url: string): string {
  const label = `${code} ${title}`;
  return `${label}: ${url}\n[${label.replace(/([[\]\\])/g, '\\$1')}](${url})`;
}

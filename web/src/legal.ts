// Impressum and Datenschutzerklärung are operator content. They live as plain HTML
// files next to the app (dist/rechtliches/*.html, from public/rechtliches/), so an
// operator can edit them without rebuilding. The part to show is the element marked
// `data-legal-content`; a missing file (the server then answers with index.html)
// has no such element and yields null.

export type LegalDocument = 'impressum' | 'datenschutz';

const REMOVED_ELEMENTS = 'script, style, iframe, object, embed, link, meta, form, base';

/** Removes active content from operator HTML (defence in depth; the operator is trusted). */
export function sanitizeLegalHtml(root: Element): void {
  root.querySelectorAll(REMOVED_ELEMENTS).forEach((element) => element.remove());
  for (const element of Array.from(root.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value.trim().toLowerCase();
      const scriptUrl = (name === 'href' || name === 'src') && value.startsWith('javascript:');
      if (name.startsWith('on') || scriptUrl) element.removeAttribute(attribute.name);
    }
  }
}

/** Extracts the marked content from a legal HTML file, or null if there is none. */
export function extractLegalHtml(fileText: string): string | null {
  const doc = new DOMParser().parseFromString(fileText, 'text/html');
  const content = doc.querySelector('[data-legal-content]');
  if (content === null) return null;
  sanitizeLegalHtml(content);
  return content.innerHTML;
}

export async function loadLegalHtml(name: LegalDocument): Promise<string | null> {
  try {
    const response = await fetch(`/rechtliches/${name}.html`, { headers: { Accept: 'text/html' } });
    if (!response.ok) return null;
    return extractLegalHtml(await response.text());
  } catch {
    return null;
  }
}

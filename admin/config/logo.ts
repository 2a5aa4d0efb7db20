/** The editor's logo: the school's initials and name in the site's own colours. */

/** A colour custom property's value in a stylesheet (`--colour-brand: #1f5a4a;`). */
export function cssColour(css: string, property: string): string | undefined {
  const m = new RegExp(`${property.replace(/[-]/g, '\\-')}\\s*:\\s*(#[0-9a-fA-F]{3,8})\\s*;`).exec(css);
  return m?.[1];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The first letters of the name's main words ("Hazelbrook Primary School" → "HP"). */
export function initials(name: string): string {
  const words = name.split(/\s+/).filter((w) => /^[\p{Lu}]/u.test(w) && !/^(School|Academy|The|Of|And|C\.?E\.?)$/i.test(w));
  return (words.length ? words : name.split(/\s+/))
    .slice(0, 2)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

/**
 * The CMS logo as SVG: a badge with the school's initials in its brand and accent colours (read
 * from the site's design tokens) and the school's name beside it.
 */
export function cmsLogo(schoolName: string, tokensCss: string): string {
  const brand = cssColour(tokensCss, '--colour-brand') ?? '#1f5a4a';
  const accent = cssColour(tokensCss, '--colour-accent') ?? '#f2c14e';
  const text = cssColour(tokensCss, '--colour-brand-dark') ?? brand;
  const name = escapeXml(schoolName);
  // Room for the name at about 11 pixels a letter, the width of the usual system fonts. The name
  // is drawn to exactly that width (textLength), a little narrower or wider than the font's own,
  // because a wider font (DejaVu Sans, the default on many Linux computers) ran past the edge and
  // the login page read "Hazelbrook Primary Schoo". The whole logo then scales with the page.
  const nameWidth = Math.ceil(schoolName.length * 11);
  const width = 76 + nameWidth + 8;
  const font = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} 64" width="${width}" height="64" role="img" aria-label="${name}">
  <rect x="0" y="0" width="64" height="64" rx="12" fill="${brand}"/>
  <text x="32" y="42" text-anchor="middle" font-family="${font}" font-size="26" font-weight="700" fill="${accent}">${escapeXml(initials(schoolName))}</text>
  <text x="76" y="40" textLength="${nameWidth}" lengthAdjust="spacingAndGlyphs" font-family="${font}" font-size="20" font-weight="600" fill="${text}">${name}</text>
</svg>
`;
}

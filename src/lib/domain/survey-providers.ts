/** Who runs each survey host, so the embed panel can say which company the form comes from. */

export interface SurveyProvider {
  company: string;
  privacyUrl?: string;
}

const KNOWN: Record<string, SurveyProvider> = {
  'forms.office.com': { company: 'Microsoft', privacyUrl: 'https://privacy.microsoft.com/privacystatement' },
  'forms.microsoft.com': { company: 'Microsoft', privacyUrl: 'https://privacy.microsoft.com/privacystatement' },
  'docs.google.com': { company: 'Google', privacyUrl: 'https://policies.google.com/privacy' },
  'forms.gle': { company: 'Google', privacyUrl: 'https://policies.google.com/privacy' },
  'www.surveymonkey.com': { company: 'SurveyMonkey', privacyUrl: 'https://www.surveymonkey.com/mp/legal/privacy/' },
  'www.smartsurvey.co.uk': { company: 'SmartSurvey', privacyUrl: 'https://www.smartsurvey.co.uk/privacy-policy' },
  'form.jotform.com': { company: 'Jotform', privacyUrl: 'https://www.jotform.com/privacy/' },
};

/** The company behind a form's host; an unknown host is named by its address. */
export function surveyProvider(formUrl: string): SurveyProvider & { host: string } {
  const host = new URL(formUrl).hostname;
  return { host, ...(KNOWN[host] ?? { company: host }) };
}

/** The Content-Security-Policy for public pages: only the school's own files, and frames only from the allowed survey hosts. */
export function contentSecurityPolicy(surveyHosts: readonly string[], options: { wasm?: boolean } = {}): string {
  const frames = surveyHosts.length ? surveyHosts.map((h) => `https://${h}`).join(' ') : "'none'";
  return [
    "default-src 'self'",
    "img-src 'self' data:",
    "style-src 'self'",
    // Pagefind's search engine is WebAssembly, which a browser only compiles with 'wasm-unsafe-eval';
    // it allows WebAssembly and nothing else (no eval of JavaScript), and only on the search page.
    options.wasm ? "script-src 'self' 'wasm-unsafe-eval'" : "script-src 'self'",
    `frame-src ${frames}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

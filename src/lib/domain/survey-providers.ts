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

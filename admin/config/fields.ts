/**
 * What editors see in the CMS: a label and a plain-English hint for every field of every kind of
 * content, and the few places where a field needs a particular editor (a date picker, a list of
 * classes, a photo upload). The fields themselves (names, which are required, the choices) come
 * from the schemas in `src/schemas/`; `admin/config/` puts the two together.
 *
 * Hints are written for a class teacher or the school office, not for a developer.
 */
import type { CollectionName } from '../../src/schemas/index';
import { EVENT_CATEGORY_LABELS, HOME_LEARNING_KIND_LABELS, POLICY_CATEGORY_LABELS, SERVICE_CATEGORY_LABELS, SUBJECT_LABELS } from '../../src/lib/domain/labels';

/** How one field is shown. Everything but `label` and `hint` is optional. */
export interface FieldPresentation {
  /** The field's name in the CMS form. */
  label: string;
  /** One or two sentences under the field, saying what to write and why. */
  hint: string;
  /**
   * The editor to use instead of the one the field's type suggests. Every date field gets the
   * site's date box from its schema whatever this says (admin/config/widgets.ts, `dateWidget`), so
   * `date` and `date-or-time` only say so to the reader; `today` starts a new entry on today's date.
   * - `hidden`: not shown in the form; a value already in the file is kept;
   * - `long-text`: a box for a few sentences;
   * - `photo` / `file`: an upload, saved as `/uploads/…`;
   * - `class` / `classes` / `policies`: chosen from the site's classes or policies;
   * - `statutory`: chosen from the list of what the law asks schools to publish;
   * - `photo-consent`: a switch that must be on when the entry has photos;
   * - `author`: text that remembers the name last used on this computer.
   */
  widget?:
    | 'date'
    | 'date-or-time'
    | 'hidden'
    | 'long-text'
    | 'photo'
    | 'file'
    | 'class'
    | 'classes'
    | 'policies'
    | 'survey'
    | 'original'
    | 'statutory'
    | 'photo-consent'
    | 'author';
  /** For a date field: start with today's date on a new entry. */
  today?: boolean;
  /** Labels shown instead of the raw values of a choice (the saved value stays the same). */
  choices?: Record<string, string>;
  /** For lists and groups: how each inner field is shown. */
  fields?: Record<string, FieldPresentation>;
  /** For lists: what one item is called ("photo", "document"). */
  itemLabel?: string;
}

/** How one kind of content is shown. */
export interface CollectionPresentation {
  /** The name in the CMS's menu, plural ("Class updates"). */
  label: string;
  /** The name of one entry ("Class update"). */
  singular: string;
  /** A sentence at the top of the list, saying what this content is for. */
  description: string;
  /** The label of the Markdown body, or absent when the content has none (the settings). */
  body?: { label: string; hint: string };
  fields: Record<string, FieldPresentation>;
}

const title = (example: string): FieldPresentation => ({ label: 'Title', hint: `The heading parents see, for example “${example}”.` });
const summary = (what: string): FieldPresentation => ({
  label: 'Summary',
  hint: `One or two sentences (at most 300 characters) ${what}. Shown in lists, news feeds, search results and link previews.`,
  widget: 'long-text',
});
const draft: FieldPresentation = {
  label: 'Hide from the website',
  hint: 'Switch on to keep this off the website completely (no page, no lists, no feeds) while it stays saved here.',
};
const documents: FieldPresentation = {
  label: 'Documents to download',
  hint: 'Optional: upload a file (such as the signed PDF) or paste a secure link starting with https://',
  itemLabel: 'document',
  fields: {
    title: { label: 'Link text', hint: 'What the document is, for example “Full policy (PDF)”.' },
    file: { label: 'File or link', hint: 'Upload the file, or paste a web address starting with https://', widget: 'file' },
  },
};
const statutory: FieldPresentation = {
  label: 'Information the law asks us to publish',
  hint: 'Tick the items this provides. The governors’ checklist (/governors/statutory/) uses it.',
  widget: 'statutory',
};

const yearGroupHint = 'The year group, such as Year 3.';

export const CMS_COLLECTIONS: Record<CollectionName, CollectionPresentation> = {
  classUpdates: {
    label: 'Class updates',
    singular: 'Class update',
    description: 'A weekly update from a class: what the children learned, a few photos, reminders. It appears on the class page and in the class’s news feed.',
    body: { label: 'The update', hint: 'Write it as you would tell a parent at the classroom door. Use headings such as “What we learned” and “Try at home”.' },
    fields: {
      title: title('Leaf hunting and number bonds'),
      class: { label: 'Class', hint: 'Choose your class. The update appears on that class’s page.', widget: 'class' },
      date: {
        label: 'Date',
        hint: 'Usually today. A date in the future keeps the update hidden until that day.',
        widget: 'date',
        today: true,
      },
      author: {
        label: 'Written by',
        hint: 'Your name as parents know you, for example Mrs Okafor. It is remembered on this computer for next time.',
        widget: 'author',
      },
      summary: summary('about this week'),
      images: {
        label: 'Photos',
        hint: 'Optional. Add each photo with a short description of what it shows, for parents who cannot see it. Large phone photos are made smaller and their location data removed before they are saved.',
        itemLabel: 'photo',
        fields: {
          src: { label: 'Photo', hint: 'Choose or upload a photo (JPEG or PNG).', widget: 'photo' },
          alt: {
            label: 'Description (alt text)',
            hint: 'What the photo shows, in a sentence, for example “Children measuring leaves on the school field”. Required.',
          },
        },
      },
      photo_consent: {
        label: 'Photo consent checked',
        hint: 'Needed when there are photos: switch on to confirm that every child who can be seen in them has photo consent. An update with photos cannot be saved without it.',
        widget: 'photo-consent',
      },
      draft,
    },
  },
  newsletters: {
    label: 'Newsletters',
    singular: 'Newsletter',
    description: 'The school newsletter. Each one is a page, is listed on the newsletters page and goes out in the news feed.',
    body: { label: 'The newsletter', hint: 'Use a heading for each item (“From the headteacher”, “Dates for your diary”) so parents can skim it.' },
    fields: {
      title: title('Newsletter 5: Harvest and Black History Month'),
      date: { label: 'Date', hint: 'The day it goes out. A date in the future keeps it hidden until that day.', widget: 'date', today: true },
      summary: summary('about what is in this issue'),
      image: {
        label: 'Picture at the top',
        hint: 'Optional. If you add a picture, describe what it shows.',
        fields: {
          src: { label: 'Picture', hint: 'Choose or upload a picture (JPEG or PNG).', widget: 'photo' },
          alt: { label: 'Description (alt text)', hint: 'What the picture shows, for parents who cannot see it. Needed when there is a picture.' },
        },
      },
      draft,
    },
  },
  classes: {
    label: 'Classes',
    singular: 'Class',
    description: 'One page per class, with its teachers, its updates, its curriculum letters and its calendar.',
    body: { label: 'Introduction', hint: 'Welcome parents to the class: the week’s routine (PE days, reading, homework) and how to talk to the teacher.' },
    fields: {
      title: { label: 'Class name', hint: 'The name parents know, for example “Oak Class”.' },
      year_group: { label: 'Year group', hint: yearGroupHint },
      teachers: { label: 'Teachers', hint: 'Each teacher’s name as parents know them, for example Mrs Okafor. Add one line per person.', itemLabel: 'teacher' },
      order: { label: 'Position in the list', hint: 'Where the class comes in the list of classes: 1 for the youngest (Nursery or Reception), counting up.' },
      summary: summary('about the class, for the list of classes'),
      draft,
    },
  },
  curriculumLetters: {
    label: 'Curriculum letters',
    singular: 'Curriculum letter',
    description: 'The letter each term telling parents what their child will learn and how to help at home.',
    body: { label: 'The letter', hint: 'A heading for each subject works well. Say how parents can help at home.' },
    fields: {
      title: title('Year 3 Autumn Term: What we are learning'),
      class: { label: 'Class', hint: 'The class it is for. Choose a class, a year group, or both.', widget: 'class' },
      year_group: { label: 'Year group', hint: 'The year group it is for, if it is for a whole year group.' },
      term: { label: 'Term', hint: 'The term it covers.', choices: { autumn: 'Autumn', spring: 'Spring', summer: 'Summer' } },
      academic_year: { label: 'School year', hint: 'Written like 2026-27 (the second year is the next one).' },
      date: { label: 'Date sent', hint: 'The day the letter went home.', widget: 'date', today: true },
      summary: summary('about what the class will learn'),
      documents,
      draft,
    },
  },
  events: {
    label: 'Events and dates',
    singular: 'Event',
    description: 'Events, trips, term dates and holidays. They appear on the events page and in the calendars parents subscribe to.',
    body: { label: 'Details', hint: 'What parents need to know: what to bring, where to go, who to ask.' },
    fields: {
      title: title('Parent consultations'),
      start: {
        label: 'Starts',
        hint: 'The date, such as 14/10/2026, and the time in school time, such as 14/10/2026 18:00. Switch on “All day” for an event without a time.',
        widget: 'date-or-time',
      },
      end: {
        label: 'Ends',
        hint: 'Optional. With a time when the start has one; for an all-day event lasting several days, the last day.',
        widget: 'date-or-time',
      },
      location: { label: 'Where', hint: 'Optional, for example “School hall”.' },
      category: {
        label: 'Kind of event',
        hint: 'Used to group and colour events.',
        choices: EVENT_CATEGORY_LABELS,
      },
      classes: { label: 'For classes', hint: 'Leave empty for the whole school, or choose the classes it is for.', widget: 'classes' },
      repeat: {
        label: 'Repeats weekly',
        hint: 'Only for an event that happens every week on the same day (such as the Friday assembly). Leave empty otherwise.',
        fields: {
          every: { label: 'How often', hint: 'Every week.', choices: { week: 'Every week' } },
          until: { label: 'Last date', hint: 'The last day it can happen.', widget: 'date' },
          except: { label: 'Not on these dates', hint: 'Dates when it does not happen (half term, INSET days).', itemLabel: 'date' },
        },
      },
      booking_url: { label: 'Booking link', hint: 'Optional: where parents book a place or a time (starting with https://).' },
      summary: summary('about the event, for the events list and calendars'),
      draft,
    },
  },
  policies: {
    label: 'Policies',
    singular: 'Policy',
    description: 'The policy library. Governors see review dates on /governors/.',
    body: { label: 'The policy', hint: 'The full text. Keep the summary above in plain language for parents.' },
    fields: {
      title: title('Behaviour policy'),
      summary: summary('in plain language for parents, shown at the top of the policy'),
      category: {
        label: 'Section of the library',
        hint: 'Where it is listed.',
        choices: POLICY_CATEGORY_LABELS,
      },
      committee: { label: 'Approved by', hint: 'The governors’ committee that approves it, for example “Full governing board”.' },
      owner: { label: 'Responsible member of staff', hint: 'For example “Headteacher” or “SENCO”.' },
      approved: { label: 'Date approved', hint: 'The day governors approved this version.', widget: 'date' },
      review_months: { label: 'Review every (months)', hint: 'How often it is reviewed, in months: 12 for every year, 36 for every three years (1 to 60).' },
      next_review: { label: 'Next review due', hint: 'Optional. Leave empty to use the approval date plus the review period.', widget: 'date' },
      statutory,
      related: { label: 'Related policies', hint: 'Optional: other policies to link to. They link back automatically.', widget: 'policies' },
      documents,
      consultation: {
        label: 'Consultation with parents',
        hint: 'Optional: ask parents what they think before the governors approve it. For a new policy, also tick “Draft”: its page is published for the consultation but stays out of the policy library until approved.',
        fields: {
          opens: { label: 'Opens', hint: 'The first day parents can comment.', widget: 'date' },
          closes: { label: 'Closes', hint: 'The last day parents can comment.', widget: 'date' },
          survey: { label: 'Feedback form', hint: 'The survey with the form parents fill in (add it under Surveys first).', widget: 'survey' },
          decision: { label: 'Governors decide on', hint: 'Optional: the date of the meeting that will consider the responses.', widget: 'date' },
        },
      },
      draft,
    },
  },
  pages: {
    label: 'Pages',
    singular: 'Page',
    description: 'General pages such as “About us”, “Contact” or “Term dates”. The file name is the web address.',
    body: { label: 'Page text', hint: 'Use headings to break up long pages.' },
    fields: {
      title: title('About our school'),
      summary: summary('about the page'),
      nav: { label: 'Position in the main menu', hint: 'Optional: 1 comes first. Leave empty to keep the page out of the menu.' },
      updated: {
        label: 'Information last changed',
        hint: 'Optional: set this when you change what the page says, so translations made before it are marked as possibly out of date.',
      },
      statutory,
      draft,
    },
  },
  surveys: {
    label: 'Surveys',
    singular: 'Survey',
    description: 'Parent surveys run on a form provider (such as Microsoft Forms), with their results and “you said, we did”.',
    body: { label: 'About the survey', hint: 'Who should answer, how long it takes, what happens to the answers.' },
    fields: {
      title: title('Parent questionnaire 2026'),
      summary: summary('about what the survey is for'),
      opens: { label: 'Opens', hint: 'The first day parents can answer.', widget: 'date' },
      closes: { label: 'Closes', hint: 'The last day parents can answer. After it, the results are shown instead of the form.', widget: 'date' },
      form_url: {
        label: 'Form address',
        hint: 'The form’s link at the provider, starting with https://. The provider must be allowed in the school details (survey hosts).',
      },
      form_height: { label: 'Form height (pixels)', hint: 'Optional: how tall the form is on the page (200 to 5000).' },
      results: {
        label: 'Results',
        hint: 'Fill in after the survey closes.',
        fields: {
          respondents: { label: 'Number of parents who answered', hint: 'A whole number.' },
          questions: {
            label: 'Questions',
            hint: 'Each question with how many parents chose each answer.',
            itemLabel: 'question',
            fields: {
              text: { label: 'Question', hint: 'The question or statement, as asked.' },
              counts: {
                label: 'Answers',
                hint: 'How many chose each answer.',
                fields: {
                  strongly_agree: { label: 'Strongly agree', hint: 'How many.' },
                  agree: { label: 'Agree', hint: 'How many.' },
                  disagree: { label: 'Disagree', hint: 'How many.' },
                  strongly_disagree: { label: 'Strongly disagree', hint: 'How many.' },
                  dont_know: { label: 'Don’t know', hint: 'How many (0 if the question had no such answer).' },
                },
              },
            },
          },
        },
      },
      actions: {
        label: 'You said, we did',
        hint: 'What parents said, and what the school did about it.',
        itemLabel: 'action',
        fields: {
          said: { label: 'You said', hint: 'What parents told us.', widget: 'long-text' },
          did: { label: 'We did', hint: 'What the school did about it.', widget: 'long-text' },
        },
      },
      draft,
    },
  },
  services: {
    label: 'Support services',
    singular: 'Support service',
    description: 'Organisations that help families, listed on the support page.',
    body: { label: 'More about the service', hint: 'Opening times, how to get a referral, anything else families should know.' },
    fields: {
      title: { label: 'Name', hint: 'The service’s name.' },
      category: {
        label: 'Kind of help',
        hint: 'Used to group services on the support page.',
        choices: SERVICE_CATEGORY_LABELS,
      },
      summary: summary('about what it offers and who it is for'),
      phone: { label: 'Phone', hint: 'Optional, written as parents would dial it.' },
      email: { label: 'Email', hint: 'Optional.' },
      url: { label: 'Website', hint: 'Optional, starting with https://' },
      languages: { label: 'Languages besides English', hint: 'Optional: languages the service can help in.', itemLabel: 'language' },
      draft,
    },
  },
  homeLearning: {
    label: 'Home learning',
    singular: 'Home-learning resource',
    description:
      'Activities, reading lists, practice and holiday packs for families to do at home. They appear on the home-learning pages, on the class pages of their year groups and in those classes’ news feeds.',
    body: { label: 'What to do', hint: 'Explain the activity in a few short steps, and how long it takes.' },
    fields: {
      title: title('Times tables practice for Year 4'),
      summary: summary('about what it is and how long it takes'),
      year_groups: { label: 'Year groups', hint: 'The year groups it is for. Leave empty (with no classes) if it suits every year.', itemLabel: 'year group' },
      classes: { label: 'Classes', hint: 'Optional: only if it is for particular classes rather than whole year groups.', widget: 'classes' },
      subjects: { label: 'Subjects', hint: 'At least one. Choose “All subjects” for a holiday pack.', itemLabel: 'subject', choices: SUBJECT_LABELS },
      kind: { label: 'Kind of resource', hint: 'What families will find.', choices: HOME_LEARNING_KIND_LABELS },
      links: {
        label: 'Websites and videos',
        hint: 'Optional: each with a title and a secure address starting with https://',
        itemLabel: 'link',
        fields: {
          title: { label: 'Link text', hint: 'What the link is, for example “Times tables game (BBC Bitesize)”.' },
          url: { label: 'Address', hint: 'Starting with https://' },
        },
      },
      documents,
      date: { label: 'Date added', hint: 'A date in the future keeps it hidden until that day.', widget: 'date', today: true },
      draft,
    },
  },
};

/** A translation of a policy, newsletter or page (src/schemas/translation.ts). */
export const CMS_TRANSLATION: Record<string, FieldPresentation> = {
  original: { label: 'Translation of', hint: 'Choose the English original. The translation is named after it.', widget: 'original' },
  title: { label: 'Title', hint: 'The title, translated.' },
  summary: { label: 'Summary', hint: 'The summary, translated (at most 300 characters).', widget: 'long-text' },
  translated: {
    label: 'Translated or checked on',
    hint: 'When it was translated, or last checked against the English. If the English changes after this date, the page says the translation may be out of date.',
    widget: 'date',
    today: true,
  },
  translator: { label: 'Translated by', hint: 'Optional: who translated it, if they are happy to be named (“Mrs Nowak, parent volunteer”).' },
  draft: {
    label: 'Hide from the website',
    hint: 'Switch on to keep this translation off the website while it stays saved here.',
  },
};

/** The settings file (`content/settings/school.yaml`), shown as “School details”. */
export const CMS_SETTINGS: Record<string, FieldPresentation> = {
  name: { label: 'School name', hint: 'The full name, as it appears in the header and page titles.' },
  url: { label: 'Website address', hint: 'The site’s address, starting with https://' },
  address: {
    label: 'Postal address',
    hint: 'Shown in the footer and on the contact page.',
    fields: {
      line1: { label: 'Address line 1', hint: 'The street.' },
      line2: { label: 'Address line 2', hint: 'Optional.' },
      town: { label: 'Town', hint: 'Town or city.' },
      postcode: { label: 'Postcode', hint: 'For example BF4 2QT.' },
    },
  },
  phone: { label: 'Office phone', hint: 'Written as parents would dial it.' },
  email: { label: 'Office email', hint: 'The address parents write to.' },
  head_teacher: { label: 'Headteacher', hint: 'The headteacher’s name.' },
  senco: {
    label: 'SENCO',
    hint: 'The special educational needs co-ordinator. The law asks schools to publish the name and contact details.',
    fields: {
      name: { label: 'Name', hint: 'The SENCO’s name.' },
      email: { label: 'Email', hint: 'The SENCO’s email address.' },
    },
  },
  opening_hours: {
    label: 'The school day',
    hint: 'One line for each part of the day, in the order parents meet them.',
    itemLabel: 'time',
    fields: {
      label: { label: 'What', hint: 'For example “Gates open”.' },
      hours: { label: 'When', hint: 'For example “8:40am”.' },
    },
  },
  weekly_hours: { label: 'Hours in a school week', hint: 'Optional: the total time in a typical week, such as 32.5.' },
  urn: { label: 'URN', hint: 'Optional: the school’s unique reference number from Get Information About Schools.' },
  ofsted_report_url: { label: 'Ofsted report link', hint: 'Optional: the latest Ofsted report, starting with https://' },
  performance_tables_url: { label: 'Performance tables link', hint: 'Optional: the school’s page on the performance tables service, starting with https://' },
  school_type: {
    label: 'Type of school',
    hint: 'Decides which items the law asks you to publish. Free schools are academies.',
    choices: { maintained: 'Maintained school', academy: 'Academy' },
  },
  phases: {
    label: 'Stages taught',
    hint: 'Every stage the school teaches (primary if left out); an all-through school lists all three. Decides, for example, whether key stage 2 results or careers information are asked for.',
    itemLabel: 'stage',
    choices: { primary: 'Primary', secondary: 'Secondary', 'sixth-form': 'Sixth form (16 to 19)' },
  },
  special_school: {
    label: 'Special school',
    hint: 'Turn on for a special school: admission arrangements are then not asked for, as places come through education, health and care plans.',
  },
  employees: {
    label: 'Number of employees',
    hint: 'Optional: how many people the school employs on 31 March. From 250, the school must publish its gender pay gap.',
  },
  timezone: { label: 'Time zone', hint: 'The time zone of every date and time on the site. Leave as Europe/London.' },
  languages: {
    label: 'Languages',
    hint: 'The languages the site is offered in. The first is the main language.',
    itemLabel: 'language',
    fields: {
      code: { label: 'Code', hint: 'A short code, such as en, ur, pl or ar.' },
      name: { label: 'Name', hint: 'The language’s name written in that language, such as Polski.' },
      dir: { label: 'Writing direction', hint: 'Right to left for Arabic or Urdu.', choices: { ltr: 'Left to right', rtl: 'Right to left' } },
    },
  },
  survey_hosts: {
    label: 'Allowed survey providers',
    hint: 'Host names of the form providers whose forms may be shown, such as forms.office.com',
    itemLabel: 'host',
  },
  review_due_soon_days: { label: 'Review “due soon” (days)', hint: 'A policy review due within this many days is shown as due soon to governors.' },
  statutory_missing: {
    label: 'When required information is missing',
    hint: 'For what the school must publish. Warn: the site is still published. Stop: the site is not published until it is added. Missing recommended items only ever warn.',
    choices: { warn: 'Warn', fail: 'Stop the build' },
  },
  governors_dashboard: {
    label: 'Policy reviews on the governors’ pages',
    hint: 'Calm: a review that is due says “being reviewed”, as on the policy page, without counting days. Detailed: shows how many days each review is overdue or has left.',
    choices: { calm: 'Calm wording', detailed: 'Detailed, with days' },
  },
  social: {
    label: 'Social media',
    hint: 'The school’s accounts, linked in the footer.',
    itemLabel: 'account',
    fields: {
      name: { label: 'Name', hint: 'For example Facebook.' },
      url: { label: 'Link', hint: 'Starting with https://' },
    },
  },
  demo_date: {
    label: 'Demonstration date',
    hint: 'Only the demonstration school has this: the site is shown as on this day. A school’s own site leaves it out.',
    widget: 'hidden',
  },
};

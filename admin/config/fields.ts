/**
 * What editors see in the CMS: a label and a plain-English hint for every field of every kind of
 * content, and the few places where a field needs a particular editor (a date picker, a list of
 * classes, a photo upload). The fields themselves (names, which are required, the choices) come
 * from the schemas in `src/schemas/`; `admin/config/` puts the two together.
 *
 * Hints are written for a class teacher or the school office, not for a developer.
 */
import type { CollectionName } from '../../src/schemas/index';
import {
  ALLERGEN_LABELS,
  CONTRACT_LABELS,
  EVENT_CATEGORY_LABELS,
  GOVERNOR_CATEGORY_LABELS,
  HOME_LEARNING_KIND_LABELS,
  NOTICE_SEVERITY_LABELS,
  POLICY_CATEGORY_LABELS,
  SERVICE_CATEGORY_LABELS,
  SUBJECT_LABELS,
  WEEKDAY_LABELS,
  WORKING_PATTERN_LABELS,
} from '../../src/lib/domain/labels';

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

/** Something parents do at an outside service (parent actions): its address and a sentence. */
const onlineAction = (label: string, hint: string, address: string): FieldPresentation => ({
  label,
  hint,
  fields: {
    url: { label: 'Web address', hint: `${address}, starting with https://` },
    note: { label: 'Note', hint: 'Optional: one sentence parents need first.' },
  },
});

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
        hint: 'Used to group events. “Holiday” and “INSET day” are days the school is closed: clubs and weekly events in term time only skip them.',
        choices: EVENT_CATEGORY_LABELS,
      },
      classes: { label: 'For classes', hint: 'Leave empty for the whole school, or choose the classes it is for.', widget: 'classes' },
      repeat: {
        label: 'Repeats weekly',
        hint: 'Only for an event that happens every week on the same day (such as the Friday assembly). Leave empty otherwise.',
        fields: {
          every: { label: 'How often', hint: 'Every week.', choices: { week: 'Every week' } },
          until: { label: 'Last date', hint: 'The last day it can happen.', widget: 'date' },
          except: { label: 'Not on these dates', hint: 'Other dates when it does not happen (a trip, a performance).', itemLabel: 'date' },
          term_time_only: {
            label: 'In term time only',
            hint: 'Switch on and it skips the school holidays and INSET days on its own (from the events of kind “Holiday” and “INSET day”).',
          },
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
  governors: {
    label: 'Governors',
    singular: 'Governor',
    description:
      'The governors’ register (/governors/register/): one entry per governor, with what the law asks schools to publish about them. When someone steps down, set the date: they stay on the register for 12 months, then leave it on their own. Never add a home address or phone number.',
    body: {
      label: 'About them (optional)',
      hint: 'A sentence or two the governor is happy to share, such as their background or why they joined. Leave empty if they prefer.',
    },
    fields: {
      title: { label: 'Name', hint: 'Their name as it is published, with a title if they use one, for example “Mrs Amina Patel”.' },
      category: {
        label: 'Kind of governor',
        hint: 'How they came to the board. Member, trustee and local governor are only for academies.',
        choices: GOVERNOR_CATEGORY_LABELS,
      },
      appointed_by: {
        label: 'Appointed or elected by',
        hint: 'For example “Elected by parents”, “Elected by staff”, “The governing board”, “Brackenford Council” or “The diocese”.',
      },
      appointed: { label: 'Start of their term', hint: 'The day their current term of office began.', widget: 'date' },
      term_ends: {
        label: 'End of their term',
        hint: 'The last day of their term of office (often four years on). Leave empty for the headteacher, who serves while in post.',
        widget: 'date',
      },
      stepped_down: {
        label: 'Stepped down on',
        hint: 'Only when they have left the board. They stay on the register for 12 months after this date, as the law asks.',
        widget: 'date',
      },
      position: {
        label: 'Chair or vice-chair',
        hint: 'Optional: if they chair the board or are its vice-chair.',
        choices: { chair: 'Chair of the board', 'vice-chair': 'Vice-chair of the board' },
      },
      roles: {
        label: 'Other roles',
        hint: 'Optional: roles on the board, such as “Safeguarding governor” or “Chair of the resources committee”.',
        itemLabel: 'role',
      },
      committees: {
        label: 'Committees',
        hint: 'The committees they sit on, written the same way for everyone (for example “Resources”).',
        itemLabel: 'committee',
      },
      interests_declared: {
        label: 'Interests declared on',
        hint: 'The day they signed their latest declaration of interests. Governors declare every year; npm run doctor reminds you when one is missing or over a year old.',
        widget: 'date',
      },
      interests: {
        label: 'Business and financial interests',
        hint: 'Each interest they declared (a business they own or work for, a contract with the school). Leave empty if they declared none: with the date above, the register says “None”.',
        itemLabel: 'interest',
      },
      other_governance: {
        label: 'Governance roles in other schools',
        hint: 'Optional: for example “Governor at Brackenford Academy”. Empty means none.',
        itemLabel: 'role',
      },
      staff_relationships: {
        label: 'Relationships with staff',
        hint: 'Optional: any relationship with someone who works at the school, for example “Sister of a lunchtime supervisor”. Empty means none.',
        itemLabel: 'relationship',
      },
      attendance: {
        label: 'Attendance at meetings',
        hint: 'One line per school year: board and committee meetings they were expected at, and how many they attended. The register shows last school year’s.',
        itemLabel: 'school year',
        fields: {
          year: { label: 'School year', hint: 'Written like 2025-26.' },
          meetings: { label: 'Meetings', hint: 'Board and committee meetings held that year while they served, that they were expected at.' },
          attended: { label: 'Attended', hint: 'How many of those they attended.' },
        },
      },
      email: {
        label: 'Email to publish',
        hint: 'Optional: only if they want an address shown on the register. Most schools give the clerk’s or the office’s instead.',
      },
      draft,
    },
  },
  vacancies: {
    label: 'Vacancies',
    singular: 'Vacancy',
    description:
      'Jobs at the school. Each one has a page, is listed at /vacancies/ and in its news feed, and is offered to job search engines until its closing time; after it, the page says the vacancy has closed.',
    body: {
      label: 'The advert',
      hint: 'About the role and the school, who you are looking for, and visits. The safer-recruitment statement from the school details is added to every advert.',
    },
    fields: {
      title: title('Year 4 class teacher'),
      summary: summary('about the job, for the list of vacancies'),
      date: { label: 'Advertised from', hint: 'The day it goes on the website. A date in the future keeps it hidden until then.', widget: 'date', today: true },
      closes: {
        label: 'Closing date and time',
        hint: 'The last moment applications are accepted, in school time: 2026-12-04T12:00 for noon on 4 December.',
      },
      pay: { label: 'Salary or pay scale', hint: 'As the advert gives it, for example “Main pay scale M1 to M6 (£32,916 to £45,352)”.' },
      salary: {
        label: 'Pay as figures (for job search sites)',
        hint: 'Optional: the same pay as numbers, so job search engines can show it. For a part-time post, the full-time amounts.',
        fields: {
          min: { label: 'From (£)', hint: 'The lowest amount in pounds, without £ or commas, such as 32916.' },
          max: { label: 'To (£)', hint: 'Optional: the highest amount, for a range.' },
          per: { label: 'Per', hint: 'What the amounts are per.', choices: { year: 'Year', day: 'Day', hour: 'Hour' } },
        },
      },
      hours: { label: 'Hours', hint: 'For example “32.5 hours a week, term time only”.' },
      working: { label: 'Full-time or part-time', hint: 'How much of the week the post is.', choices: WORKING_PATTERN_LABELS },
      contract: { label: 'Contract', hint: 'Permanent, or fixed-term (say until when in the advert).', choices: CONTRACT_LABELS },
      starts: { label: 'Start date', hint: 'In words, for example “1 April 2027” or “January 2027 or sooner”.' },
      apply_url: { label: 'Apply online at', hint: 'The application form’s address, starting with https://. Give this, an email address, or both.' },
      apply_email: { label: 'Apply by email to', hint: 'The address applications go to, for example recruitment@ your school’s domain.' },
      documents: {
        ...documents,
        label: 'Application pack and job description',
        hint: 'Upload the application pack, job description and person specification (or paste secure links).',
      },
      draft,
    },
  },
  notices: {
    label: 'Urgent notices',
    singular: 'Urgent notice',
    description:
      'Closures and urgent news (snow, a burst pipe, a lost heating day). While a notice is up it is at the top of every page of the website, and in the news feeds.',
    body: { label: 'The full notice', hint: 'Everything parents need: what is closed, what to do, when you will update them.' },
    fields: {
      title: title('Snow: school closed today, Thursday 8 January'),
      severity: {
        label: 'How urgent',
        hint: 'A closure is shown first, in red; a warning in yellow; information in green.',
        choices: NOTICE_SEVERITY_LABELS,
      },
      starts: {
        label: 'Goes up',
        hint: 'The date and school time it appears, such as 2026-01-08T06:30. Parents see it as the time it was posted.',
      },
      expires: {
        label: 'Comes down',
        hint: 'The date and school time it disappears, such as 2026-01-09T00:00 for midnight at the end of 8 January. At most 14 days after it goes up.',
      },
      summary: summary('saying what has happened and what parents should do, shown at the top of every page'),
      link: {
        label: 'Link for more',
        hint: 'Optional: a page of this website (such as /term-dates/) or a web address starting with https://',
      },
      long_running: {
        label: 'Up for longer than 14 days',
        hint: 'Only for a notice that really must stay up for weeks (building works). Otherwise leave it off.',
      },
      draft,
    },
  },
  clubs: {
    label: 'Clubs',
    singular: 'Club',
    description:
      'Before-school, lunchtime and after-school clubs. They are listed by day on the clubs page, and their sessions, in term time only, are in the calendars parents subscribe to.',
    body: { label: 'More about the club', hint: 'What children do, what to bring, how pick-up works.' },
    fields: {
      title: { label: 'Club name', hint: 'For example “Football club”.' },
      summary: summary('about what children do'),
      days: { label: 'Days', hint: 'The days of the week it meets.', itemLabel: 'day', choices: WEEKDAY_LABELS },
      start_time: { label: 'Starts at', hint: 'On the 24-hour clock, such as 15:20 for 3:20pm.' },
      end_time: { label: 'Ends at', hint: 'On the 24-hour clock, such as 16:20 for 4:20pm.' },
      year_groups: { label: 'Year groups', hint: 'The year groups who can join. Their classes’ calendars carry the sessions.', itemLabel: 'year group' },
      location: { label: 'Where', hint: 'For example “School field” or “Hall”.' },
      run_by: { label: 'Run by', hint: 'Who runs it, as parents know them: “Mr Okafor” or “Kickstart Coaching”.' },
      cost: { label: 'Cost', hint: 'Optional: such as “£3 a session”. Leave empty when the club is free.' },
      places: { label: 'Places', hint: 'Optional: how many children it can take.' },
      booking_url: {
        label: 'Booking link',
        hint: 'Optional: where parents book (https://…, or a page of this website such as /contact/). Leave empty when there is no need to book.',
      },
      from: { label: 'First week', hint: 'The first date it can meet.', widget: 'date' },
      until: { label: 'Last date', hint: 'The last date it can meet, such as the end of term.', widget: 'date' },
      except: {
        label: 'Not on these dates',
        hint: 'Holidays and INSET days are skipped on their own: add only other dates it does not meet.',
        itemLabel: 'date',
      },
      draft,
    },
  },
  menus: {
    label: 'Lunch menus',
    singular: 'Lunch menu',
    description:
      'The lunch menu: every week of the cycle, each dish marked vegetarian or vegan and with its allergens. /menus/ shows this week’s menu and the whole cycle, and the home page shows today’s lunch on school days.',
    body: {
      label: 'Notes for parents',
      hint: 'Optional: what is on offer every day (bread, salad, fruit, water), and how to arrange a special diet.',
    },
    fields: {
      title: title('Autumn and winter menu 2026–27'),
      summary: summary('about the menu, such as when it runs'),
      starts: {
        label: 'Week 1 starts on',
        hint: 'The Monday of the week when week 1 is first served. Each school week after it takes the next week of the menu; half terms and holidays are skipped.',
        widget: 'date',
      },
      ends: {
        label: 'Last day served',
        hint: 'Optional: the last day of this menu, such as the last day of the summer term. Leave empty when the next menu simply takes over.',
        widget: 'date',
      },
      weeks: {
        label: 'Weeks of the menu',
        hint: 'Week 1 first, then week 2, and so on (most menus have two, three or four weeks).',
        itemLabel: 'week',
        fields: Object.fromEntries(
          (['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const).map((day) => [
            day,
            {
              label: day.charAt(0).toUpperCase() + day.slice(1),
              hint: `The dishes on ${day.charAt(0).toUpperCase() + day.slice(1)}: the main choices, then puddings.`,
              itemLabel: 'dish',
              fields: {
                dish: { label: 'Dish', hint: 'Its name as children know it, for example “Cheese and tomato pizza”.' },
                vegetarian: { label: 'Vegetarian', hint: 'Switch on when the dish has no meat or fish.' },
                vegan: { label: 'Vegan', hint: 'Switch on when it has nothing from animals. Switch on vegetarian too.' },
                allergens: {
                  label: 'Allergens',
                  hint: 'Each of the 14 allergens the dish contains, from the caterer’s information. Leave empty when it has none.',
                  itemLabel: 'allergen',
                  choices: Object.fromEntries(Object.entries(ALLERGEN_LABELS).map(([value, words]) => [value, words.key])),
                },
              },
            },
          ]),
        ),
      },
      draft,
    },
  },
};

/** A translation of a policy, newsletter, page or urgent notice (src/schemas/translation.ts). */
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
  parent_actions: {
    label: 'Things parents do online',
    hint: 'Shown on the home page and at the foot of every page. Fill in only what the school uses. A provider the site knows (ParentPay, Arbor, Studybugs, SchoolCloud…) is named, with its privacy notice.',
    fields: {
      absence: {
        label: 'Report an absence',
        hint: 'How parents tell the school their child is away: at least one of phone, email or online form.',
        fields: {
          phone: { label: 'Phone', hint: 'Optional: the number to ring, for example “01632 960 418, option 1”.' },
          email: { label: 'Email', hint: 'Optional: the address to write to.' },
          url: { label: 'Online form or app', hint: 'Optional: the web address of the form, starting with https://' },
          note: { label: 'Note', hint: 'Optional: one sentence, for example “Please tell us by 9:15am on each day your child is away.”' },
        },
      },
      payments: onlineAction('Pay for meals and trips', 'Optional: where parents pay online.', 'The payment site’s address'),
      parents_evening: onlineAction('Book parents’ evening', 'Optional: where parents book their appointment online.', 'The booking site’s address'),
      app: onlineAction('Parent app or portal', 'Optional: where parents log in to the school’s app or portal.', 'The login page'),
    },
  },
  welcome: {
    label: 'Headteacher’s welcome',
    hint: 'Optional: a short welcome on the home page.',
    fields: {
      heading: { label: 'Heading', hint: 'Optional: for example “Welcome to Hazelbrook”.' },
      message: { label: 'Welcome', hint: 'A few short paragraphs, with an empty line between them (at most 1,500 characters).', widget: 'long-text' },
      signed: { label: 'Signed', hint: 'Optional: who it is from. The headteacher’s name when left empty.' },
      photo: {
        label: 'Photo',
        hint: 'Optional. If you add a photo, describe what it shows.',
        fields: {
          src: { label: 'Photo', hint: 'Choose or upload a photo (JPEG or PNG).', widget: 'photo' },
          alt: { label: 'Description (alt text)', hint: 'What the photo shows, for parents who cannot see it. Needed when there is a photo.' },
        },
      },
      photo_consent: {
        label: 'Photo consent checked',
        hint: 'Switch on to confirm that everyone in the photo agreed to it being on the website, and every child in it has photo consent. Needed when there is a photo.',
        widget: 'photo-consent',
      },
    },
  },
  admissions: {
    label: 'For families choosing a school',
    hint: 'Shown on /admissions/ with the open days (events of the kind “Open day”), the admission arrangements and the uniform page.',
    fields: {
      tours: { label: 'Visits and tours', hint: 'Optional: when families can look round and how to book, in a sentence or two.', widget: 'long-text' },
      tour_booking_url: { label: 'Book a tour online', hint: 'Optional: where families book a visit, starting with https://' },
      prospectus: {
        label: 'Prospectus',
        hint: 'Optional: upload the prospectus (PDF) or paste its link.',
        fields: {
          title: { label: 'Link text', hint: 'For example “Our prospectus (PDF)”.' },
          file: { label: 'File or link', hint: 'Upload the file, or paste a web address starting with https://', widget: 'file' },
        },
      },
      uniform_shops: {
        label: 'Where to buy uniform',
        hint: 'Optional: each shop or supplier, with its website or where it is.',
        itemLabel: 'shop',
        fields: {
          name: { label: 'Name', hint: 'For example “Brackenford School Outfitters”.' },
          url: { label: 'Website', hint: 'Optional, starting with https://' },
          where: { label: 'Where, or what it sells', hint: 'Optional, for example “High Street: logo sweatshirts and PE T-shirts”.' },
        },
      },
      second_hand_uniform: {
        label: 'Second-hand uniform',
        hint: 'Optional: how families get (and give) second-hand uniform.',
        widget: 'long-text',
      },
    },
  },
  newsletter_email: {
    label: 'Newsletters by email',
    hint: 'Optional: the sign-up page of the mailing service the school sends newsletters with (see “Newsletters by email” in the editors’ guide).',
    fields: {
      signup_url: { label: 'Sign-up page', hint: 'Where parents leave their email address, starting with https://' },
      note: { label: 'Note', hint: 'Optional: what parents will get, for example “Each newsletter, on the Friday it comes out.”' },
    },
  },
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
  safer_recruitment: {
    label: 'Safer-recruitment statement',
    hint: 'Shown on every vacancy: the school’s commitment to keeping children safe and the checks every appointment depends on. Leave as it is, or write your own.',
    widget: 'long-text',
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

/**
 * The words of the Local Offer's information pages (src/local-offer/,
 * src/calendar/): contact, have your say, the yearly comments, what our Local
 * Offer includes, privacy, accessibility and the release calendar. These
 * pages are in English only, so their words are kept apart from the
 * dictionaries that are translated. The footer's links to them are in every
 * language (`footer.information` in the dictionaries), marked as leading to
 * English pages on translated pages. Sentences made from the
 * configuration or the data are in the feature's view model.
 */
export const localOfferStrings = {
  /** The footer's links to the information pages, in this order; their words are in every language's dictionary (`footer.information`). */
  footer: [
    { href: '/contact/', key: 'contact' },
    { href: '/have-your-say/', key: 'haveYourSay' },
    { href: '/local-offer/', key: 'localOffer' },
    { href: '/data/calendar/', key: 'calendar' },
    { href: '/privacy/', key: 'privacy' },
  ],
  contact: {
    title: 'Contact us',
    description: 'How to contact the Local Offer team, and how to get the information on this website without using the internet.',
    waysHeading: 'Ways to contact us',
    offlineHeading: 'Printed copies and other formats',
    languagesHeading: 'Other languages',
    commentHeading: 'Tell us what you think',
    commentLink: 'Have your say about the Local Offer',
  },
  haveYourSay: {
    title: 'Have your say about the Local Offer',
    description: 'How to tell us what you think about the Local Offer, what happens next, and what people have told us before.',
    lede: 'Tell us what is missing from the Local Offer, what is wrong, or what is hard to find or understand. Children, young people, parents, carers and anyone who works with them can comment.',
    howHeading: 'How to comment',
    nextHeading: 'What happens next',
    pastHeading: 'What people told us, and what we did',
    pastIntro: 'Each year we publish the comments we have had about the Local Offer and what we did about them.',
    noneYet: 'We have not published any comments yet.',
    law: 'The law asks every council to publish the comments it gets about its Local Offer, and its response, at least once a year. This is in regulation 56 of the Special Educational Needs and Disability Regulations 2014.',
  },
  /** Above the words a page explains from the jargon buster (src/content/components/WordsOnThisPage.astro). */
  words: {
    heading: 'Words used on this page',
    glossary: { before: 'More words are explained in our', link: 'jargon buster' },
  },
  comments: {
    title: (year: string) => `Comments on the Local Offer and our response, ${year}`,
    description: (year: string) => `What children, young people, parents and carers told us about the Local Offer in ${year}, and what we did about it.`,
    lede: (year: string) => `What people told us about the Local Offer in ${year}, and what we did about it. We do not publish anyone's name or contact details.`,
    readMore: 'Read the full update',
    otherYears: 'Other years',
  },
  coverage: {
    title: 'What our Local Offer includes',
    description: 'What the law says a Local Offer must include, and where to find each part on this website.',
    lede: 'The law says what every Local Offer must include. For each part, this page says where you can find it on this website.',
    law: 'The list is in Schedule 2 of the Special Educational Needs and Disability Regulations 2014.',
    whereHeading: 'Where to find it',
    nothingYet: 'We have not yet published this. If you need it,',
    contactLink: 'contact us',
    paragraph: (n: number) => `Paragraph ${n}:`,
    officialWording: 'The exact words of the law',
    readOnline: 'Read the exact words on legislation.gov.uk',
    /** For a paragraph whose official wording is not yet in schedule-2.csv: its number is not checked either. */
    notChecked: 'This part is in our own words. We have not yet checked it, or its paragraph number, against the law.',
    /** The link for such a paragraph, to the whole schedule. */
    readSchedule: 'Read Schedule 2 on legislation.gov.uk',
    kinds: { guide: 'Guide', category: 'Services', page: 'Page' },
    /** Before the licence's link: the official wording is reused under it. */
    licence: 'The wording of the regulations is Crown copyright. It contains public sector information licensed under the',
    licenceLink: 'Open Government Licence v3.0',
  },
  privacy: {
    title: 'Privacy notice',
    description: 'Exactly what this website stores on your device and what it sends, in plain English.',
    lede: 'This page says exactly what this website keeps and what it sends when you use it.',
    storedHeading: 'What this website keeps on your device',
    sentHeading: 'What is sent, and to whom',
    cookiesHeading: 'Cookies',
    analyticsHeading: 'Counting visits (analytics)',
    logsHeading: 'What the web host keeps',
    rightsHeading: 'Your rights',
    rights: [
      'If you contact us by email, phone or post, we use what you tell us only to help you.',
      'The law gives you rights over your personal information. For example, you can ask to see the information we hold about you, and ask us to correct it. To use these rights, contact us (below).',
      "If you are not happy with how we have used your information, you can complain to the Information Commissioner's Office (ICO). The ICO is the UK's independent body that protects people's information rights.",
    ],
    ico: { href: 'https://ico.org.uk/make-a-complaint/', label: 'How to complain to the ICO' },
    /** When the configuration does not link to the council's own notice. */
    askForNotice: (council: string) => `Ask us for ${council}'s full privacy notice. It says how the council uses personal information.`,
    cookieLasts: 'It lasts',
    contactHeading: 'Questions about your information',
  },
  calendar: {
    title: 'Release calendar',
    description: (council: string) => `When ${council} will publish each set of figures about special educational needs and disabilities (SEND) over the next 12 months.`,
    lede: (until: string) => `When we will publish each set of figures, up to ${until}.`,
    /** Dates and estimates: what each means, and when an estimate ends. */
    promise: 'Where we give a day, that is a promise: the figures will be out by that day.',
    estimates: 'Where we give only a month, marked “estimate”, it is our best guess from when they came out before. An estimate is not a promise and it can move to another month. It stays an estimate until the figures are out, and then we give the estimate for the next ones.',
    /** No promise of how often the page is rebuilt: that depends on the host (docs/hosting.md). */
    lateNote: 'If something is late, we say so here, and why.',
    ics: 'Add these dates to your calendar (iCalendar file)',
    rss: 'Get news when figures are published (a news feed for feed reader apps, called RSS)',
    late: (n: number) => (n === 1 ? '1 publication is late' : `${n} publications are late`),
    datasetsHeading: 'What we publish, and who to contact',
    howOften: 'How often:',
    next: 'Next:',
    /** For a dataset updated whenever something changes (the services directory). */
    noSetDates: 'no set dates',
    contact: 'Contact:',
    mailboxes: "Each contact is a team's mailbox, so someone will answer even when a person is away.",
    everyHeading: 'Every planned publication',
    nothing: 'There are no publications planned yet.',
    lateMark: '(late)',
    changes: { before: 'Things taken out of the published figures, and the reasons for late publications, are in the', link: 'log of changes' },
  },
  accessibility: {
    title: 'Accessibility statement',
    description: 'How accessible this website is, what we know is not yet checked, and how to tell us about a problem.',
    lede: (areaName: string, council: string) => `This statement covers the ${areaName} SEND Local Offer website, run by ${council}.`,
    able: 'We want as many people as possible to be able to use this website. For example, you should be able to:',
    abilities: [
      'zoom in up to 400% without the text spilling off the screen',
      'change colours, contrast levels and fonts using your browser or device settings',
      'get around the whole website using just a keyboard',
      'use the website without JavaScript: every chart also has a table and a sentence saying what it shows',
      'listen to the website using a screen reader (such as NVDA, JAWS and VoiceOver)',
      'use the website on a small screen, 320 pixels wide',
    ],
    plain: 'We have also made the text as simple as we can. We explain words such as EHCP (Education, Health and Care plan) when we use them.',
    howHeading: 'How accessible this website is',
    someGaps: 'We know that some parts of this website have not yet been checked, so they may not be fully accessible. They are listed under',
    someFailures: 'We know that some parts of this website are not fully accessible. They are listed under',
    below: 'below',
    noGaps: 'We know of no parts of this website that fail the Web Content Accessibility Guidelines (WCAG) 2.2 AA. If you find one, please tell us.',
    feedbackHeading: 'Feedback and contact information',
    email: 'email',
    call: 'call',
    reply: 'We will consider your request and get back to you.',
    offline: { before: 'You can also', link: 'get the information without using the internet' },
    reportingHeading: 'Reporting accessibility problems with this website',
    reporting: 'We are always looking to improve the accessibility of this website. If you find any problems not listed on this page, or think we are not meeting accessibility requirements, contact',
    enforcementHeading: 'Enforcement procedure',
    enforcement:
      'The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the "accessibility regulations"). If you are not happy with how we respond to your complaint, contact the',
    eass: { href: 'https://www.equalityadvisoryservice.com/', label: 'Equality Advisory and Support Service (EASS)' },
    technicalHeading: "Technical information about this website's accessibility",
    commitment: (council: string) => `${council} is committed to making its website accessible, in accordance with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.`,
    statusHeading: 'Compliance status',
    failuresHeading: 'Problems we know about and have not yet fixed',
    gapsHeading: 'What we have not yet checked',
    testingHeading: 'How we tested this website',
    preparationHeading: 'Preparation of this accessibility statement',
    preparation: (prepared: string, reviewed: string) => `This statement was prepared on ${prepared}. It was last reviewed on ${reviewed}.`,
  },
} as const;

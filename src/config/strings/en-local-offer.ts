/**
 * The words of the Local Offer's information pages (src/local-offer/,
 * src/calendar/): contact, have your say, the yearly comments, what our Local
 * Offer includes, privacy, accessibility and the release calendar. These
 * pages are in English only, so their words are kept apart from the
 * dictionaries that are translated; the footer links to them in English, and
 * marks them as English on translated pages. Sentences made from the
 * configuration or the data are in the feature's view model.
 */
export const localOfferStrings = {
  /** The footer's links to the information pages, in this order. */
  footer: [
    { href: '/contact/', label: 'Contact us, or get this information without the internet' },
    { href: '/have-your-say/', label: 'Have your say about the Local Offer' },
    { href: '/local-offer/', label: 'What our Local Offer includes' },
    { href: '/data/calendar/', label: 'Release calendar' },
    { href: '/privacy/', label: 'Privacy notice' },
  ],
  contact: {
    title: 'Contact us',
    description: 'How to contact the Local Offer team, and how to get the information on this website without using the internet.',
    lede: 'You can get all the information on this website without using the internet. Phone us, visit us or write to us.',
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
  comments: {
    title: (year: string) => `Comments on the Local Offer and our response, ${year}`,
    description: (year: string) => `What children, young people, parents and carers told us about the Local Offer in ${year}, and what we did about it.`,
    lede: 'What people told us about the Local Offer this year, and what we did about it. We do not publish anyone\'s name or contact details.',
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
    contactHeading: 'Questions about your information',
    contactIntro: 'If you contact us by email, phone or post, we use what you tell us only to help you. Ask us for the council\'s full privacy notice.',
  },
  accessibility: {
    title: 'Accessibility statement',
    description: 'How accessible this website is, what we know is not yet checked, and how to tell us about a problem.',
    gapsHeading: 'What we have not yet checked',
  },
} as const;

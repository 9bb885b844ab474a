/** Where the directory's files sit in the data folder: named here once. */
export const DIRECTORY_FILES = {
  services: 'services.csv',
  taxonomy: 'taxonomy.csv',
  districts: 'postcode-districts.csv',
  /** How a feed's taxonomy terms map to our categories and needs (directory feeds, docs/directory-feeds.md). */
  mapping: 'directory-mapping.csv',
  /** Which of our service ids each feed record has been given. */
  ids: 'directory-ids.csv',
} as const;

export const SERVICES_PAGE = '/services/';

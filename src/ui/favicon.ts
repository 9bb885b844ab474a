/**
 * The site's icon (favicon), drawn in the configuration's brand colour
 * (`brandColour` in site.yaml) when the site is built, so a council's tabs
 * and bookmarks show its own colour. The letter is white: the settings check
 * makes sure the brand colour carries white at 4.5 to 1.
 */

/** The icon as SVG: a rounded square in `brandColour` with a white "M". */
export function faviconSvg(brandColour: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${brandColour}"/><path d="M9 22V10h3l4 7 4-7h3v12h-3v-7l-4 6-4-6v7z" fill="#fff"/></svg>\n`;
}

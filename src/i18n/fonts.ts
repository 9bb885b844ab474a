/**
 * Fonts a script needs that phones and computers may lack, self-hosted from
 * @fontsource packages and linked only on that language's pages (no font
 * service, no other page pays for them). Urdu is written in Nastaliq, which
 * most systems do not have: without it Urdu falls back to an Arabic Naskh face
 * that Urdu readers find hard to read.
 * Add a language here with a stylesheet beside this file.
 */
import urdu from './fonts/urdu.css?url';

const STYLESHEETS: Readonly<Record<string, string>> = { ur: urdu };

/** The font stylesheet a language's pages link to, if it needs one. */
export function fontStylesheet(lang: string): string | undefined {
  return STYLESHEETS[lang];
}

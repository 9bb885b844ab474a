/**
 * One collection per dataset. Each feature defines its own (schema, loader
 * and the getter pages use); see docs/architecture.md to add one.
 */
import { ehcp } from './ehcp/collection';
import { improvementPlan } from './plan/collection';
import { directory } from './directory/collection';
import { indicators } from './indicators/collection';
import { guides } from './content/guides/collection';
import { glossary } from './content/glossary/collection';
import { updates } from './content/updates/collection';
import { changes, revisions } from './history/collection';
import { compare } from './compare/collection';

import { translations } from './i18n/collection';

export const collections = { ehcp, improvementPlan, directory, indicators, guides, glossary, updates, compare, changes, revisions, translations };

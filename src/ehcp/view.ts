/**
 * Everything the EHCP page, the home page and the downloads need, derived once
 * from the two committed files.
 */
import type { EhcpMonth, EhcpNationalYear } from './ehcp';
import { deriveMonthlyStats, headline, nationalFor, summarySentence, type EhcpMonthStat } from './stats';
import { formatMonth } from '../core/format';

export interface EhcpView {
  stats: EhcpMonthStat[];
  latest: EhcpMonthStat | undefined;
  title: string;
  summary: string;
  period: string;
  england: EhcpNationalYear | undefined;
  national: EhcpNationalYear[];
}

export function ehcpView(months: readonly EhcpMonth[], national: readonly EhcpNationalYear[], threshold: number): EhcpView {
  const stats = deriveMonthlyStats(months, threshold);
  const first = stats[0];
  const latest = stats.at(-1);
  return {
    stats,
    latest,
    title: headline(stats, national),
    summary: summarySentence(stats, national, threshold),
    period: first && latest ? `${formatMonth(first.month)} to ${formatMonth(latest.month)}` : '',
    england: latest ? nationalFor(national, latest.month) : undefined,
    national: [...national],
  };
}

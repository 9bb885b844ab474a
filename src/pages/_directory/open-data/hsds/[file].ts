import type { APIRoute, GetStaticPaths } from 'astro';
import { HSDS_RESOURCES, tableCsv } from '../../../../directory/hsds-export';
import { siteHsdsTables } from '../../../../directory/hsds-open-data';
import { getDirectory } from '../../../../directory/collection';

/** One CSV per table of the HSDS 3.0 data package, named as datapackage.json lists them. */
export const getStaticPaths = (() => HSDS_RESOURCES.map((r) => ({ params: { file: r.path }, props: { name: r.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { services, taxonomy } = await getDirectory();
  const name = (props as { name: (typeof HSDS_RESOURCES)[number]['name'] }).name;
  return new Response(tableCsv(await siteHsdsTables(services, taxonomy), name), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};

/** Share 1 of 2 of the checks made on every built page (tests/support/page-checks.ts). */
import { everyPageSuite } from '../support/every-page-suite';

everyPageSuite(0);

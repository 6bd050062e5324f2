/** The scenario server's origin: the test sets it before the first call; orval's config bakes it into each route. */
export const scenarioServer = { url: '' };

// Secondary entry point '@bina-pustaka/web-identity/forms': the form helpers other feature
// libs reuse. Kept out of the main barrel, which the app's initial bundle imports for its
// routes: re-exporting these there would pull @angular/forms into the first download.
export * from './lib/forms';

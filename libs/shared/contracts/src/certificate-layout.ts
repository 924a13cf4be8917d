// How a certificate is drawn: for the PDF renderer and the template editor's preview only,
// so it stays out of the browser's initial bundle (the main entry is for every screen).
export * from './lib/certificate-layout';
